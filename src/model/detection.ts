/**
 * Detection and reporting: how long until the station knows of an incident. Three channels
 * race, and the earliest alert wins:
 * - phone: the visitor calls; alert at occurrence + phone delay (always available);
 * - platform: a post covering the site (walking minutes from the post ≤ its coverage) notices
 *   after the platform delay and radios in; alert at occurrence + platform delay + radio
 *   minutes. The post must be open both when the incident occurs and when it is noticed, and at
 *   the moment of noticing someone must be at the post (on duty and idle: staff out on an
 *   incident see nothing at the post);
 * - patrol: a patrol team standing at the site when the incident occurs, or arriving at it on
 *   its round while the incident is still unreported, notices it; alert at that moment + patrol
 *   delay + radio minutes. A team that finds an incident it may handle waits there for the
 *   dispatch decision, so that it can be sent (it is then the nearest).
 * The delays are the incident's own draws, so the race is the same whatever the plan, except for
 * what the plan deploys.
 */
import type { Engine } from '../engine/index.js';
import { isWithinWindow } from '../scenario/clock.js';
import { removeAt } from './array-edits.js';
import type { Incident } from './incident.js';
import type { PatrolTeam } from './patrols.js';
import type { PlanModel } from './plan-model.js';
import type { PlatformStaff } from './platforms.js';
import type { DetectionChannel } from './records.js';

/**
 * Runs the detection race for the incidents of one replication.
 *
 * @example
 * ```ts
 * const detection = new Detection(engine, plan, staffByPost, teams, { radioMinutes: 1, dispatchMinutes: 0 }, onAlert);
 * detection.incidentOccurred(incident); // the alert event fires later, calling onAlert
 * ```
 */
export class Detection {
  /** Incidents not yet reported, by site index (patrols look here). */
  private readonly unreported: Incident[][];
  /** The events' actions, made once: each event carries its incident. */
  private readonly platformNoticesAction = (incident: Incident) => this.platformNotices(incident);
  private readonly raiseAlertAction = (incident: Incident) => this.raiseAlert(incident);

  constructor(
    private readonly engine: Engine,
    private readonly plan: PlanModel,
    /** Staff members of each post, by post index. */
    private readonly staffByPost: readonly (readonly PlatformStaff[])[],
    private readonly teams: readonly PatrolTeam[],
    private readonly timing: { readonly radioMinutes: number; readonly dispatchMinutes: number },
    /** Called when the alert reaches the station. */
    private readonly onAlert: (incident: Incident) => void,
  ) {
    this.unreported = plan.coveringPosts.map(() => []);
  }

  /** Starts the race for a new incident (call at its occurrence). */
  incidentOccurred(incident: Incident): void {
    const now = this.engine.now;
    const { draws } = incident;
    this.unreported[incident.site]!.push(incident);
    this.propose(incident, now + draws.phoneDelay, 'phone');
    const platformAlert = now + draws.platformDelay + this.timing.radioMinutes;
    if (platformAlert < incident.alert && this.postOpenAt(incident, now)) {
      this.engine.schedule(draws.platformDelay, this.platformNoticesAction, incident);
    }
    for (const team of this.teams) {
      if (team.isDwellingAt(incident.site, now)) this.patrolNotices(team, incident);
    }
  }

  /** A patrol team arrived at `site` on its round: it notices what is unreported there. */
  patrolAtStop(team: PatrolTeam, site: number): void {
    for (const incident of this.unreported[site]!) this.patrolNotices(team, incident);
  }

  private patrolNotices(team: PatrolTeam, incident: Incident): void {
    const alert = this.engine.now + incident.draws.patrolDelay + this.timing.radioMinutes;
    if (this.propose(incident, alert, 'patrol') && incident.type.handledBy.patrol) {
      team.holdUntil(alert + this.timing.dispatchMinutes);
    }
  }

  private platformNotices(incident: Incident): void {
    if (incident.alerted) return;
    const covering = this.plan.coveringPosts[incident.site]!;
    const now = this.engine.now;
    const noticed = covering.some(
      (p) =>
        isWithinWindow(this.plan.posts[p]!.window, incident.occurred) &&
        isWithinWindow(this.plan.posts[p]!.window, now) &&
        this.staffByPost[p]!.some((member) => member.atPost),
    );
    if (noticed) this.propose(incident, now + this.timing.radioMinutes, 'platform');
  }

  /** Whether some post covering the incident's site is open at time t. */
  private postOpenAt(incident: Incident, t: number): boolean {
    return this.plan.coveringPosts[incident.site]!.some((p) =>
      isWithinWindow(this.plan.posts[p]!.window, t),
    );
  }

  /**
   * Offers an alert time by a channel; it wins if earlier than the current one (ties go to the
   * channel already in place). Returns whether it won.
   */
  private propose(incident: Incident, alert: number, channel: DetectionChannel): boolean {
    if (incident.alerted || alert >= incident.alert) return false;
    incident.alert = alert;
    incident.detectedBy = channel;
    if (incident.alertEvent !== null) this.engine.cancel(incident.alertEvent);
    incident.alertEvent = this.engine.scheduleAt(alert, this.raiseAlertAction, incident);
    return true;
  }

  private raiseAlert(incident: Incident): void {
    incident.alerted = true;
    incident.alertEvent = null;
    const list = this.unreported[incident.site]!;
    removeAt(list, list.indexOf(incident));
    this.onAlert(incident);
  }
}
