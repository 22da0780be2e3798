// Generates the reference vectors that FsrsEquivalenceTest replays against the Java scheduler.
//
// How to run (Node 20), from the repository root:
//   cd scripts/fsrs && npm ci && node generate-vectors.mjs
// package.json pins ts-fsrs to exactly 5.4.2 and package-lock.json pins its integrity hash.
// The output goes to src/test/resources/fsrs/ts-fsrs-5.4.2-vectors.tsv.gz (override with VECTORS_OUT).
// A fixed seed makes the file reproducible: running the script again gives the same bytes before gzip.
//
// File format: gzip of tab-separated lines, one sequence = one C line followed by its R lines.
//   C  id  request_retention  maximum_interval  enable_fuzz(0/1)  enable_short_term(0/1)
//      learning_steps(minutes, comma-separated)  relearning_steps(minutes)  w as given(comma)
//      w after ts-fsrs clamped it(comma)  card creation time(ms)
//   R  review time(ms)  rating(1-4)  retrievability before the review (get_retrievability)
//      preview due for Again,Hard,Good,Easy(comma, ms after the review time)
//      card after: due(ms after the review time) stability difficulty state(0-3) scheduled_days
//                  learning_steps reps lapses elapsed_days
//      log: state due(ms before the review time) elapsed_days last_elapsed_days scheduled_days learning_steps
//      fuzz seed (only when fuzz is on, else empty), captured from ts-fsrs's default seed strategy, which
//      builds it as `${review time ms}_${reps}_${difficulty * stability}`; only the part after the second
//      underscore is written, the test checks the first two parts against the review time and reps
// The card's last_review is always the review time and the log's stability and difficulty are always the
// card's before the review; the script checks both instead of writing them.
// Numbers are written with JavaScript's String(number), which Java's Double.parseDouble reads back exactly.

import {
  createEmptyCard,
  DefaultInitSeedStrategy,
  fsrs,
  generatorParameters,
  Rating,
  StrategyMode,
} from 'ts-fsrs'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const SEQUENCES = 1400
const SEED = 20240601
const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

const here = dirname(fileURLToPath(import.meta.url))
const out =
  process.env.VECTORS_OUT ??
  resolve(here, '../../src/test/resources/fsrs/ts-fsrs-5.4.2-vectors.tsv.gz')

// mulberry32: a tiny seeded PRNG so the vectors do not depend on Math.random.
function mulberry32(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const random = mulberry32(SEED)
const uniform = (lo, hi) => lo + (hi - lo) * random()
const integer = (lo, hi) => Math.floor(uniform(lo, hi + 1))
function pick(weighted) {
  const total = weighted.reduce((sum, [w]) => sum + w, 0)
  let x = random() * total
  for (const [w, value] of weighted) {
    x -= w
    if (x < 0) return value
  }
  return weighted[weighted.length - 1][1]
}

const DEFAULT_W = [...generatorParameters().w]
const toMinutes = (step) => {
  const value = parseInt(step.slice(0, -1), 10)
  return { m: 1, h: 60, d: 1440 }[step.slice(-1)] * value
}

function randomWeights() {
  return DEFAULT_W.map((w, i) => {
    if (random() < 0.5) return w
    // Mostly moderate changes, sometimes far outside the clamp bounds so that clamping is exercised.
    if (random() < 0.15) return +(uniform(-1, 2) * (i === 4 ? 12 : i < 4 ? 150 : 5)).toFixed(4)
    return +(w * uniform(0.5, 1.6)).toFixed(4)
  })
}

function randomConfig() {
  return {
    request_retention: pick([[60, 0.9], [12, 0.8], [12, 0.95], [4, 0.7], [4, 0.97]]),
    maximum_interval: pick([[65, 36500], [12, 30], [12, 100], [6, 365], [5, 7]]),
    enable_fuzz: random() < 0.5,
    enable_short_term: random() < 0.85,
    learning_steps: pick([
      [55, ['1m', '10m']],
      [10, []],
      [10, ['10m']],
      [10, ['1m', '10m', '1h']],
      [8, ['5m', '30m', '1d']],
      [7, ['2d']],
    ]),
    relearning_steps: pick([
      [60, ['10m']],
      [15, []],
      [15, ['10m', '1h']],
      [10, ['1h', '1d']],
    ]),
    w: random() < 0.7 ? [...DEFAULT_W] : randomWeights(),
  }
}

function nextReviewTime(card, last) {
  const due = card.due.getTime()
  const lastReview = card.last_review ? card.last_review.getTime() : last
  const ivlMs = Math.max(due - lastReview, MINUTE)
  const mode = pick([
    [50, 'on-time'],
    [10, 'seconds'],
    [10, 'same-day'],
    [10, 'early'],
    [12, 'late'],
    [5, 'long-lapse'],
    [3, 'midnight'],
  ])
  let t
  switch (mode) {
    case 'on-time':
      t = due + (ivlMs < DAY ? uniform(0, 40 * MINUTE) : uniform(-0.05, 0.4) * ivlMs + uniform(0, 12 * HOUR))
      break
    case 'seconds':
      t = lastReview + uniform(0, 120_000)
      break
    case 'same-day':
      t = lastReview + uniform(MINUTE, 8 * HOUR)
      break
    case 'early':
      t = lastReview + uniform(0.1, 0.9) * ivlMs
      break
    case 'late':
      t = due + uniform(0.5, 3) * ivlMs + uniform(0, DAY)
      break
    case 'long-lapse':
      t = due + uniform(60, 1500) * DAY
      break
    case 'midnight': {
      // Just before or after a UTC midnight, where calendar days and 24-hour periods disagree.
      const midnight = Math.ceil(Math.max(due, lastReview) / DAY) * DAY
      t = midnight + uniform(-20 * MINUTE, 20 * MINUTE)
      break
    }
  }
  return Math.round(Math.max(t, last))
}

function randomRating() {
  return pick([
    [15, Rating.Again],
    [12, Rating.Hard],
    [58, Rating.Good],
    [15, Rating.Easy],
  ])
}

const num = (x) => String(x)
function seedProduct(seed, now, reps) {
  const prefix = `${now}_${reps}_`
  if (!seed.startsWith(prefix)) throw new Error(`unexpected seed ${seed}`)
  return seed.slice(prefix.length)
}
const lines = []
let reviews = 0
for (let id = 0; id < SEQUENCES; id++) {
  const config = randomConfig()
  const f = fsrs(config)
  let seed = ''
  f.useStrategy(StrategyMode.SEED, function () {
    seed = DefaultInitSeedStrategy.call(this)
    return seed
  })
  const created = Math.round(uniform(Date.UTC(2019, 0, 1), Date.UTC(2026, 0, 1)))
  lines.push(
    [
      'C',
      id,
      num(config.request_retention),
      config.maximum_interval,
      config.enable_fuzz ? 1 : 0,
      config.enable_short_term ? 1 : 0,
      config.learning_steps.map(toMinutes).join(','),
      config.relearning_steps.map(toMinutes).join(','),
      config.w.map(num).join(','),
      f.parameters.w.map(num).join(','),
      created,
    ].join('\t')
  )
  let card = createEmptyCard(new Date(created))
  let now = created + Math.round(uniform(0, 3 * DAY))
  const length = random() < 0.1 ? integer(60, 120) : integer(3, 40)
  for (let i = 0; i < length; i++) {
    const grade = randomRating()
    const r = f.get_retrievability(card, new Date(now), false)
    const preview = f.repeat(card, new Date(now))
    const { card: next, log } = f.next(card, new Date(now), grade)
    const previewDues = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy]
      .map((g) => preview[g].card.due.getTime() - now)
      .join(',')
    lines.push(
      [
        'R',
        now,
        grade,
        num(r),
        previewDues,
        next.due.getTime() - now,
        num(next.stability),
        num(next.difficulty),
        next.state,
        next.scheduled_days,
        next.learning_steps,
        next.reps,
        next.lapses,
        next.elapsed_days,
        log.state,
        now - log.due.getTime(),
        log.elapsed_days,
        log.last_elapsed_days,
        log.scheduled_days,
        log.learning_steps,
        config.enable_fuzz ? seedProduct(seed, now, next.reps) : '',
      ].join('\t')
    )
    if (next.last_review.getTime() !== now) throw new Error('last_review is not the review time')
    if (log.stability !== card.stability || log.difficulty !== card.difficulty) {
      throw new Error('log does not carry the memory state before the review')
    }
    reviews++
    card = next
    now = nextReviewTime(card, now)
  }
}

const text = lines.join('\n') + '\n'
mkdirSync(dirname(out), { recursive: true })
writeFileSync(out, gzipSync(text, { level: 9 }))
console.log(`${SEQUENCES} sequences, ${reviews} reviews, ${text.length} bytes -> ${out}`)
