// Runs review sequences through ts-fsrs (fuzz off) and writes the card state after
// every step to quiz-engine/src/test/resources/fsrs/golden.json for the Java golden tests,
// and what each of the four ratings would give before every step (ts-fsrs's repeat) to
// quiz-engine/src/test/resources/fsrs/preview.json.
import { writeFileSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { dirname, resolve } from 'node:path'
import { createEmptyCard, fsrs, Rating, State } from 'ts-fsrs'

const here = dirname(fileURLToPath(import.meta.url))
const OUT = resolve(here, '../../src/test/resources/fsrs/golden.json')
const PREVIEW_OUT = resolve(here, '../../src/test/resources/fsrs/preview.json')
const TS_FSRS_VERSION = JSON.parse(
  readFileSync(resolve(here, 'node_modules/ts-fsrs/package.json'), 'utf8')
).version

const RATINGS = { A: Rating.Again, H: Rating.Hard, G: Rating.Good, E: Rating.Easy }
const RATING_NAMES = { [Rating.Again]: 'AGAIN', [Rating.Hard]: 'HARD', [Rating.Good]: 'GOOD', [Rating.Easy]: 'EASY' }
const STATE_NAMES = { [State.New]: 'NEW', [State.Learning]: 'LEARNING', [State.Review]: 'REVIEW', [State.Relearning]: 'RELEARNING' }

const MINUTE = 60_000
const UNIT_MS = { s: 1000, m: MINUTE, h: 60 * MINUTE, d: 1440 * MINUTE, mo: 30 * 1440 * MINUTE, y: 365 * 1440 * MINUTE }

function parseOffset(text) {
  const m = /^([+-]?\d+)(s|m|h|d|mo|y)$/.exec(text)
  if (!m) throw new Error(`bad offset ${text}`)
  return Number(m[1]) * UNIT_MS[m[2]]
}

// Gap syntax: "5m", "3d", "2mo", "1y" after the previous review; "due" exactly at the
// card's due time; "due+2d" / "due-3h" relative to it.
function nextReviewTime(gap, previousReview, card) {
  if (gap.startsWith('due')) {
    const rest = gap.slice(3)
    return card.due.getTime() + (rest ? parseOffset(rest) : 0)
  }
  return previousReview + parseOffset(gap)
}

// Steps are written as "gap:R" with R one of A H G E, separated by spaces.
function steps(text) {
  return text.trim().split(/\s+/).map((token) => {
    const [gap, r] = token.split(':')
    if (!(r in RATINGS)) throw new Error(`bad rating in ${token}`)
    return [gap, RATINGS[r]]
  })
}

const START = '2024-03-10T08:00:00.000Z'

const handwritten = [
  { name: 'new-good-graduates-then-goods-on-due', steps: steps('0m:G due:G due:G due:G due:G due:G due:G') },
  { name: 'new-easy-straight-to-review', steps: steps('0m:E due:E due:E due:G') },
  { name: 'new-again-repeatedly-in-learning', steps: steps('0m:A 1m:A 1m:A 1m:G 10m:G due:G') },
  { name: 'new-hard-stays-on-step', steps: steps('0m:H 6m:H 6m:G 10m:G due:H due:H') },
  { name: 'learning-step-two-hard-then-good', steps: steps('0m:G 10m:H 10m:H 10m:G due:G') },
  { name: 'learning-step-two-easy', steps: steps('0m:G 10m:E due:G due:E') },
  { name: 'learning-late-next-day', steps: steps('0m:G 1d:G due:G due:G') },
  { name: 'learning-again-next-day', steps: steps('0m:G 2d:A 1m:G 10m:G due:G') },
  { name: 'learning-across-utc-midnight', start: '2024-03-10T23:55:00.000Z', steps: steps('0m:G 10m:G due:G due:A 10m:G') },
  { name: 'lapse-and-relearn', steps: steps('0m:G 10m:G due:G due:G due:A 10m:G due:G due:G') },
  { name: 'lapse-relearning-again-hard-easy', steps: steps('0m:E due:G due:A 10m:A 10m:H 15m:E due:G') },
  { name: 'repeated-lapses', steps: steps('0m:G 10m:G due:A 10m:G due:A 10m:G due:A 10m:G due:A 10m:G due:G') },
  { name: 'lapse-after-months-overdue', steps: steps('0m:G 10m:G due:G 6mo:A 10m:G due:G') },
  { name: 'relearning-left-for-days', steps: steps('0m:E due:G due:A 3d:G due:G') },
  { name: 'review-early-same-day', steps: steps('0m:G 10m:G due:G 2h:G 3h:E due:G') },
  { name: 'review-early-half-interval', steps: steps('0m:E due:G due-2d:G due-3d:H due:G') },
  { name: 'review-late-double', steps: steps('0m:G 10m:G due+1d:G due+5d:G due+30d:G due+2mo:G') },
  { name: 'hard-on-reviews', steps: steps('0m:G 10m:G due:H due:H due:H due:H due:H') },
  { name: 'easy-on-reviews', steps: steps('0m:G 10m:G due:E due:E due:E due:E due:E') },
  { name: 'alternating-ratings', steps: steps('0m:A 1m:H 6m:G 10m:G due:E due:H due:A 10m:H 15m:G due:E due:G') },
  { name: 'easy-chain-to-max-interval', steps: steps('0m:E due:E due:E due:E due:E due:E due:E due:E due:E due:E due:E due:E due:E') },
  { name: 'very-late-easy-to-max', steps: steps('0m:E 1y:E 5y:E 20y:E 50y:E 80y:G 100y:E') },
  { name: 'good-chain-long', steps: steps('0m:G 10m:G due:G due:G due:G due:G due:G due:G due:G due:G due:G due:G due:G due:G') },
  { name: 'again-on-new-then-days', steps: steps('0m:A 1d:A 1d:H 1d:G 1d:G due:G') },
  { name: 'review-ignoring-due-every-3-days', steps: steps('0m:G 10m:G 3d:G 3d:G 3d:G 3d:H 3d:E 3d:A 3d:G') },
  { name: 'one-week-cadence', steps: steps('0m:H 7d:G 7d:G 7d:A 7d:G 7d:G 7d:E 7d:G') },
  { name: 'monthly-cadence', steps: steps('0m:G 1mo:G 1mo:G 1mo:A 1mo:G 1mo:G 1mo:H 1mo:E') },
  { name: 'minutes-cadence', steps: steps('0m:G 2m:G 3m:G 5m:A 1m:G 7m:E 20m:G 30m:H') },
  { name: 'difficult-card-floor', steps: steps('0m:A 1m:A 1m:A 1m:A 1m:H 6m:G 10m:G due:A 10m:A 10m:H 15m:G due:A 10m:G due:H due:H') },
  { name: 'easy-card-ceiling', steps: steps('0m:E due:E due:E due:E due+1mo:E') },
  { name: 'relearning-good-then-lapse-same-day', steps: steps('0m:E due:A 10m:G 1h:A 10m:G due:G') },
  // Non-default parameters exercise the paths the defaults never reach.
  { name: 'custom-max-interval-180', params: { maximum_interval: 180 }, steps: steps('0m:E due:E due:E due:E due:E due:G due:H due:E') },
  { name: 'custom-retention-0.8', params: { request_retention: 0.8 }, steps: steps('0m:G 10m:G due:G due:G due:A 10m:G due:H due:E') },
  { name: 'custom-retention-0.97', params: { request_retention: 0.97 }, steps: steps('0m:G 10m:G due:G due:G due:A 10m:G due:H due:E') },
  { name: 'custom-steps-with-day-step', params: { learning_steps: ['1m', '10m', '1d'], relearning_steps: ['10m', '2h'] }, steps: steps('0m:G 10m:G 10m:G due:G due:G due:A 10m:G 2h:G due:G') },
  { name: 'custom-steps-day-step-lapse', params: { learning_steps: ['5m', '1d'], relearning_steps: ['2d'] }, steps: steps('0m:H 10m:G due:A 5m:G due:G due:A due:G due:A due:H due:G') },
  { name: 'custom-no-steps', params: { learning_steps: [], relearning_steps: [] }, steps: steps('0m:A due:G due:A due:H due:G due:E') },
  { name: 'long-term-scheduler', params: { enable_short_term: false }, steps: steps('0m:A due:G due:H 0m:G due:A due:G 2mo:E due:G') },
  { name: 'long-term-scheduler-new-good', params: { enable_short_term: false }, steps: steps('0m:G 5m:G due:G due:E due:A 1d:A due:G') },
  { name: 'custom-weights', params: { w: [0.4072, 1.1829, 3.1262, 15.4722, 7.2102, 0.5316, 1.0651, 0.0234, 1.616, 0.1544, 1.0824, 1.9813, 0.0953, 0.2975, 2.2042, 0.2407, 2.9466, 0.5034, 0.6567, 0.1, 0.2] }, steps: steps('0m:G 10m:G due:G due:A 10m:G due:E due:H') },
  { name: 'custom-weights-clipped', params: { w: [0.0001, 200, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 3.5, 3.5, 0.0658, 0.9] }, steps: steps('0m:A 1m:H 6m:G 10m:G due:A 10m:G due:G') },
  { name: 'custom-weights-relearning-ceiling', params: { relearning_steps: ['10m', '1h', '3h'], w: [0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 1.9, 1.2, 0.0658, 0.1542] }, steps: steps('0m:G 10m:G due:G due:A 10m:G 1h:G 3h:G due:A 10m:H 15m:A 10m:G 1h:G 3h:G due:G') },
]

// Deterministic pseudo-random sequences (mulberry32) for broader coverage.
function mulberry32(seed) {
  return () => {
    seed |= 0
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function randomSequence(index) {
  const rnd = mulberry32(1000 + index)
  const pick = (items) => items[Math.floor(rnd() * items.length)]
  const length = 6 + Math.floor(rnd() * 14)
  const tokens = []
  for (let i = 0; i < length; i++) {
    const rating = pick(['A', 'H', 'G', 'G', 'G', 'E'])
    const gap = i === 0 ? pick(['0m', '0m', '3h']) : pick([
      'due', 'due', 'due', 'due+1d', 'due-1d', 'due+3d', 'due+2h', `${1 + Math.floor(rnd() * 59)}m`,
      `${1 + Math.floor(rnd() * 23)}h`, `${1 + Math.floor(rnd() * 40)}d`, `${1 + Math.floor(rnd() * 11)}mo`,
    ])
    tokens.push(`${gap}:${rating}`)
  }
  const startOffsetMinutes = Math.floor(rnd() * 1440 * 365)
  return {
    name: `random-${index}`,
    random: true,
    start: new Date(Date.parse(START) + startOffsetMinutes * MINUTE).toISOString(),
    steps: steps(tokens.join(' ')),
  }
}

const RANDOM_COUNT = 40
const sequences = [...handwritten, ...Array.from({ length: RANDOM_COUNT }, (_, i) => randomSequence(i))]

const iso = (date) => (date ? date.toISOString() : null)

function snapshot(card) {
  return {
    due: iso(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    reps: card.reps,
    lapses: card.lapses,
    learning_steps: card.learning_steps,
    state: STATE_NAMES[card.state],
    last_review: iso(card.last_review),
  }
}

function run(sequence) {
  const params = { ...(sequence.params ?? {}), enable_fuzz: false }
  const scheduler = fsrs(params)
  const start = Date.parse(sequence.start ?? START)
  let card = createEmptyCard(new Date(start))
  let previous = start
  const out = []
  const previews = []
  for (const [gap, rating] of sequence.steps) {
    let review = nextReviewTime(gap, previous, card)
    if (sequence.random) review = Math.max(review, previous)
    if (review < previous) throw new Error(`${sequence.name}: review time goes backwards at ${gap}`)
    const retrievability = scheduler.get_retrievability(card, new Date(review), false)
    const options = scheduler.repeat(card, new Date(review))
    const preview = {}
    for (const r of [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy]) {
      const next = options[r].card
      preview[RATING_NAMES[r]] = [iso(next.due), STATE_NAMES[next.state], next.scheduled_days, next.stability, next.difficulty]
    }
    previews.push({ review: new Date(review).toISOString(), preview })
    card = scheduler.next(card, new Date(review), rating).card
    out.push({ gap, review: new Date(review).toISOString(), rating: RATING_NAMES[rating], retrievability_before: retrievability, card: snapshot(card) })
    previous = review
  }
  previewsByName[sequence.name] = previews
  return { name: sequence.name, params: sequence.params ?? {}, start: new Date(start).toISOString(), steps: out }
}

const previewsByName = {}

const golden = {
  generator: `ts-fsrs ${TS_FSRS_VERSION} via quiz-engine/tools/fsrs-reference/generate.mjs (enable_fuzz=false)`,
  sequences: sequences.map(run),
}
writeFileSync(OUT, JSON.stringify(golden, null, 1) + '\n')
const stepCount = golden.sequences.reduce((n, s) => n + s.steps.length, 0)
console.log(`wrote ${golden.sequences.length} sequences, ${stepCount} steps to ${OUT}`)

// One line per sequence: before each of its steps, [due, state, scheduled_days, stability, difficulty] per rating.
const previewLines = Object.entries(previewsByName).map(([name, steps]) => JSON.stringify({ name, steps }))
writeFileSync(PREVIEW_OUT, '{"generator": ' + JSON.stringify(golden.generator) + ',\n"sequences": [\n'
  + previewLines.join(',\n') + '\n]}\n')
console.log(`wrote the four outcomes before each of the ${stepCount} steps to ${PREVIEW_OUT}`)
