/** The one IPC channel push events travel on (main → renderer only). */
export const PUSH_CHANNEL = 'kith:push'
