/// <reference types="vite/client" />
import type { KithApi } from '../../shared/api/kithApi'

declare global {
  interface Window {
    kith?: KithApi
  }
}
