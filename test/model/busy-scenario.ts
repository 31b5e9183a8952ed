/**
 * A busy two-day scenario that exercises every mechanism at once: day and overnight shifts,
 * platform posts with hours, patrols, escalation, multi-officer incidents, recovery (with a
 * timed search for lost persons), congestion by hour and by crowding, trip variation, day-level
 * demand, decision and radio delays, and enough load that incidents queue.
 */
import type { Scenario } from '../../src/scenario/types.js';
import { baseScenario, plan } from './scenario-builder.js';

const shifts = [
  { start: '07:00', end: '19:00', cars: 2, crew: 2 },
  { start: '19:00', end: '07:00', cars: 1, crew: 1 },
];

/** The busy scenario; plans: `cars-only` (nearest), `full` (platform-first), `full-nearest`. */
export function busyScenario(): Scenario {
  const posts = [
    { site: 'lot', staff: 2, coverageMinutes: 8, hours: { start: '07:00', end: '20:00' } },
    { site: 'view', staff: 1, coverageMinutes: 4, hours: { start: '08:00', end: '18:00' } },
  ];
  const patrols = [
    {
      id: 'loop',
      route: ['lot', 'view', 'bridge', 'lift'],
      teams: 2,
      dwellMinutes: 5,
      hours: { start: '08:00', end: '17:30' },
    },
  ];
  return baseScenario({
    seed: 2024,
    calendar: { start: '2024-10-01', days: 2 },
    sites: [
      { id: 'station', name: 'Station', kind: 'station' },
      { id: 'lot', name: 'Lot', kind: 'parking', capacity: 3000 },
      { id: 'view', name: 'Viewpoint', kind: 'viewpoint', capacity: 1500 },
      { id: 'bridge', name: 'Bridge', kind: 'viewpoint', capacity: 800 },
      { id: 'lift', name: 'Lift', kind: 'elevator', capacity: 2000 },
    ],
    travel: {
      links: [
        { between: ['station', 'lot'], vehicle: 6, walk: 20 },
        { between: ['lot', 'view'], vehicle: 5, walk: 9 },
        { between: ['view', 'bridge'], vehicle: 7, walk: 12 },
        { between: ['bridge', 'lift'], vehicle: 4, walk: 8 },
        { between: ['lift', 'station'], vehicle: 9 },
        { between: ['lot', 'lift'], walk: 25 },
      ],
      congestion: {
        byHour: [
          { from: '09:00', to: '11:00', factor: 1.4 },
          { from: '16:00', to: '18:00', factor: 1.6 },
        ],
        crowding: 0.5,
      },
      variation: { cv: 0.3 },
    },
    crowd: {
      visitorsPerDay: [30000, 40000],
      demandCv: 0.15,
      arrivalProfile: [
        { from: '06:40', to: '09:00', weight: 3 },
        { from: '09:00', to: '12:00', weight: 4 },
        { from: '12:00', to: '16:00', weight: 2 },
      ],
      sites: [
        { site: 'lot', share: 0.6, lagMinutes: 20, stay: { dist: 'gamma', mean: 50, cv: 0.8 } },
        {
          site: 'view',
          share: 0.5,
          lagMinutes: 60,
          stay: { dist: 'lognormal', mean: 40, cv: 0.6 },
        },
        { site: 'bridge', share: 0.4, lagMinutes: 90, stay: { dist: 'exponential', mean: 30 } },
        {
          site: 'lift',
          share: 0.35,
          lagMinutes: 240,
          stay: { dist: 'uniform', min: 30, max: 150 },
        },
      ],
    },
    incidentTypes: [
      {
        id: 'lost-item',
        name: 'Lost item',
        rate: 0.35,
        priority: 3,
        handlers: ['platform', 'patrol', 'officer'],
        officers: 0,
        escalation: { probability: 0.1 },
        onScene: { dist: 'lognormal', mean: 25, cv: 0.6 },
        targetMinutes: 15,
        recovery: { initial: 0.85, halfLifeMinutes: 40 },
      },
      {
        id: 'lost-person',
        name: 'Lost person',
        rate: 0.18,
        priority: 2,
        handlers: ['platform', 'patrol', 'officer'],
        officers: 0,
        escalation: { probability: 0.3, officers: 2 },
        onScene: { dist: 'gamma', mean: 35, cv: 0.5 },
        targetMinutes: 10,
        recovery: {
          initial: 0.95,
          halfLifeMinutes: 90,
          searchMinutes: { dist: 'exponential', mean: 20 },
        },
      },
      {
        id: 'dispute',
        name: 'Queue dispute',
        rate: 0.15,
        sites: { lift: 2.5 },
        crowding: { threshold: 0.8, exponent: 1.5 },
        priority: 2,
        handlers: ['officer', 'platform'],
        officers: 1,
        onScene: { dist: 'triangular', min: 10, mode: 15, max: 40 },
        targetMinutes: 5,
      },
      {
        id: 'fight',
        name: 'Fight',
        rate: 0.03,
        siteKinds: { elevator: 3 },
        priority: 1,
        handlers: ['officer'],
        officers: 3,
        onScene: { dist: 'normal', mean: 30, sd: 10, min: 10 },
        targetMinutes: 8,
      },
      {
        id: 'medical',
        name: 'Medical',
        rate: 0.06,
        priority: 1,
        handlers: ['officer', 'patrol'],
        officers: 0,
        onScene: { dist: 'exponential', mean: 20 },
        targetMinutes: 8,
      },
    ],
    detection: {
      phone: { dist: 'lognormal', mean: 12, cv: 1 },
      platform: { dist: 'exponential', mean: 3 },
      patrol: { dist: 'uniform', min: 0, max: 2 },
      radioMinutes: 0.5,
      dispatchMinutes: 1,
    },
    plans: [
      plan({ name: 'cars-only', officers: { base: 'station', shifts } }),
      plan({
        name: 'full',
        dispatch: 'platform-first',
        officers: { base: 'station', shifts },
        platforms: posts,
        patrols,
      }),
      plan({
        name: 'full-nearest',
        dispatch: 'nearest',
        officers: { base: 'station', shifts },
        platforms: posts,
        patrols,
      }),
    ],
    defaultPlan: 'full',
    occupancyIntervalMinutes: 15,
  });
}
