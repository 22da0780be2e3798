/**
 * FSRS-6 spaced-repetition scheduling, free of any framework: {@link app.yuedu.scheduling.core.FsrsScheduler}
 * turns a {@link app.yuedu.scheduling.core.CardState} and a {@link app.yuedu.scheduling.core.Rating} into the
 * next state, and {@link app.yuedu.scheduling.core.IntervalLabel} writes the "10m" / "4d" / "3.2mo" labels.
 *
 * <p>Version: FSRS-6 as implemented by the npm package ts-fsrs 5.4.2 (MIT, Open Spaced Repetition), which is
 * also what modern Anki computes. This package reimplements it in Java, Alea PRNG included (MIT, Johannes
 * Baagøe), and is tested to give identical results on reference vectors recorded from ts-fsrs; licences in
 * {@code licenses/ts-fsrs.txt}.
 */
package app.yuedu.scheduling.core;
