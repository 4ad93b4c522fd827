/** Compile-time check (tsc only): calls whose fields are all optional take no argument; others require it. */
import type { KithApi } from '../../shared/api/kithApi'
declare const k: KithApi
void k.journal.status()
void k.people.list()
// @ts-expect-error name is required
void k.people.create()
