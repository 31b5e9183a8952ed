/**
 * Platform staff: the staffed posts (群防群治平台) at parking lots and other sites. Each post
 * fields `staff` members on duty in its hours. Staff walk to incidents (walking times, no
 * congestion) and walk back to the post afterwards. A post also detects incidents within its
 * coverage radius (see detection.ts) while it is open and someone is at the post.
 */
import { Responder } from './responder.js';

/**
 * One staff member of a platform post.
 *
 * @example
 * ```ts
 * const member = new PlatformStaff(host, 'platform-mihuntai-lot-1', lotIndex, 0);
 * member.atPost; // true when on duty and idle at the post
 * ```
 */
export class PlatformStaff extends Responder {
  readonly kind = 'platform';

  constructor(
    host: ConstructorParameters<typeof Responder>[0],
    id: string,
    site: number,
    /** Index of its post in the plan. */
    readonly post: number,
  ) {
    super(host, id, site, 1);
  }

  /** Whether it is at the post, on duty and free (so the post can notice incidents). */
  get atPost(): boolean {
    return this.rostered && this.state === 'idle';
  }

  protected tripMinutes(a: number, b: number): number {
    return this.host.travel.walk(a, b);
  }
}

/** The id of staff member `n` (1-based) of the post at `siteId`: `platform-<site>-<n>`. */
export function platformStaffId(siteId: string, n: number): string {
  return `platform-${siteId}-${n}`;
}
