package org.cstoquiz.engine.schedule;

import java.util.List;

/**
 * The FSRS-6 memory model: how stability and difficulty change with each review.
 * A line-by-line port of ts-fsrs 5.4.2 {@code FSRSAlgorithm}, including its rounding of
 * intermediate results to 8 decimals, so results match it exactly. StrictMath is used because
 * V8 implements exp/log/pow with the same fdlibm algorithms.
 */
final class FsrsAlgorithm {

    static final double S_MIN = 0.001;
    static final double S_MAX = 36500.0;
    private static final double INIT_S_MAX = 100.0;
    private static final double W17_W18_CEILING = 2.0;

    record MemoryState(double stability, double difficulty) {
    }

    private final double[] w;
    private final boolean enableShortTerm;
    private final int maximumInterval;
    private final double decay;
    private final double factor;
    private final double intervalModifier;

    FsrsAlgorithm(FsrsParameters parameters) {
        this.enableShortTerm = parameters.enableShortTerm();
        this.maximumInterval = parameters.maximumInterval();
        this.w = clipWeights(parameters.weights(), parameters.relearningSteps().size(), enableShortTerm);
        this.decay = -w[20];
        // Written as ts-fsrs writes it (pow(decay, -1) · ln 0.9), not ln 0.9 / decay, to stay bit-identical.
        this.factor = roundTo8(StrictMath.exp(StrictMath.pow(decay, -1) * StrictMath.log(0.9)) - 1.0);
        // Interval at which the forgetting curve reaches the requested retention, per day of stability.
        this.intervalModifier = roundTo8((StrictMath.pow(parameters.requestRetention(), 1 / decay) - 1) / factor);
    }

    /** ts-fsrs's {@code roundTo(x, 8)}: JS and Java Math.round agree, both round half up. */
    static double roundTo8(double x) {
        return Math.round(x * 1e8) / 1e8;
    }

    private static double clamp(double value, double min, double max) {
        return Math.min(Math.max(value, min), max);
    }

    /** Clamps the weights into the ranges ts-fsrs allows ({@code CLAMP_PARAMETERS}, {@code clipParameters}). */
    private static double[] clipWeights(List<Double> weights, int relearningSteps, boolean enableShortTerm) {
        double[][] bounds = {
                {S_MIN, INIT_S_MAX}, {S_MIN, INIT_S_MAX}, {S_MIN, INIT_S_MAX}, {S_MIN, INIT_S_MAX},
                {1.0, 10.0}, {0.001, 4.0}, {0.001, 4.0}, {0.001, 0.75}, {0.0, 4.5}, {0.0, 0.8},
                {0.001, 3.5}, {0.001, 5.0}, {0.001, 0.25}, {0.001, 0.9}, {0.0, 4.0}, {0.0, 1.0},
                {1.0, 6.0}, {0.0, W17_W18_CEILING}, {0.0, W17_W18_CEILING},
                {enableShortTerm ? 0.01 : 0.0, 0.8}, {0.1, 0.8},
        };
        if (relearningSteps > 1) {
            // With several relearning steps, the short-term boosts e^(n·w17·w18) must not lift a
            // post-lapse stability above the pre-lapse one; ts-fsrs caps w17 and w18 accordingly.
            double w11 = clamp(weights.get(11), bounds[11][0], bounds[11][1]);
            double w13 = clamp(weights.get(13), bounds[13][0], bounds[13][1]);
            double w14 = clamp(weights.get(14), bounds[14][0], bounds[14][1]);
            double value = -(StrictMath.log(w11) + StrictMath.log(StrictMath.pow(2.0, w13) - 1.0) + w14 * 0.3)
                    / relearningSteps;
            double ceiling = clamp(roundTo8(Math.sqrt(Math.max(value, 0))), 0.01, W17_W18_CEILING);
            bounds[17][1] = ceiling;
            bounds[18][1] = ceiling;
        }
        double[] clipped = new double[bounds.length];
        for (int i = 0; i < bounds.length; i++) {
            clipped[i] = clamp(weights.get(i), bounds[i][0], bounds[i][1]);
        }
        return clipped;
    }

    /** Forgetting curve R(t, S) = (1 + FACTOR · t / S)^DECAY with DECAY = −w20. */
    double forgettingCurve(double elapsedDays, double stability) {
        return roundTo8(StrictMath.pow(1 + factor * elapsedDays / stability, decay));
    }

    /** Next interval I(S) = S · (R^(1/DECAY) − 1) / FACTOR, in whole days within [1, maximum interval]. */
    int nextInterval(double stability) {
        return (int) Math.min(Math.max(1, Math.round(stability * intervalModifier)), maximumInterval);
    }

    /** Initial stability S0(G) = w[G−1]. */
    private double initStability(int g) {
        return Math.max(w[g - 1], 0.1);
    }

    /** Initial difficulty D0(G) = w4 − e^(w5·(G−1)) + 1 (not clamped: mean reversion uses D0(4) raw). */
    private double initDifficulty(int g) {
        return roundTo8(w[4] - StrictMath.exp((g - 1) * w[5]) + 1);
    }

    /** Next difficulty with linear damping and mean reversion towards D0(4), clamped to [1, 10]. */
    private double nextDifficulty(double d, int g) {
        double deltaD = -w[6] * (g - 3);
        double nextD = d + roundTo8(deltaD * (10 - d) / 9);
        double meanReverted = roundTo8(w[7] * initDifficulty(4) + (1 - w[7]) * nextD);
        return clamp(meanReverted, 1, 10);
    }

    /** Stability after a successful recall, S'r(D, S, R, G), with the Hard penalty w15 and Easy bonus w16. */
    private double nextRecallStability(double d, double s, double r, int g) {
        double hardPenalty = g == 2 ? w[15] : 1;
        double easyBonus = g == 4 ? w[16] : 1;
        return roundTo8(clamp(
                s * (1 + StrictMath.exp(w[8]) * (11 - d) * StrictMath.pow(s, -w[9])
                        * (StrictMath.exp((1 - r) * w[10]) - 1) * hardPenalty * easyBonus),
                S_MIN, S_MAX));
    }

    /** Stability after forgetting, S'f(D, S, R) = w11 · D^−w12 · ((S+1)^w13 − 1) · e^(w14·(1−R)). */
    private double nextForgetStability(double d, double s, double r) {
        return roundTo8(clamp(
                w[11] * StrictMath.pow(d, -w[12]) * (StrictMath.pow(s + 1, w[13]) - 1)
                        * StrictMath.exp((1 - r) * w[14]),
                S_MIN, S_MAX));
    }

    /** Same-day (short-term) stability S'(S, G) = S · S^−w19 · e^(w17·(G − 3 + w18)); never shrinks unless AGAIN. */
    private double nextShortTermStability(double s, int g) {
        double sinc = StrictMath.pow(s, -w[19]) * StrictMath.exp(w[17] * (g - 3 + w[18]));
        double maskedSinc = g >= 2 ? Math.max(sinc, 1.0) : sinc;
        return roundTo8(clamp(s * maskedSinc, S_MIN, S_MAX));
    }

    /**
     * The memory state after a review {@code t} calendar days after the previous one
     * (ts-fsrs {@code next_state}). A state of (0, 0) means the card has never been reviewed.
     */
    MemoryState nextState(MemoryState memory, int t, Rating rating) {
        double d = memory.difficulty();
        double s = memory.stability();
        int g = rating.grade();
        if (d == 0 && s == 0) {
            return new MemoryState(initStability(g), clamp(initDifficulty(g), 1, 10));
        }
        if (d < 1 || s < S_MIN) {
            throw new IllegalArgumentException("invalid memory state: difficulty " + d + ", stability " + s);
        }
        double r = forgettingCurve(t, s);
        double newS;
        if (t == 0 && enableShortTerm) {
            newS = nextShortTermStability(s, g);
        } else if (g == 1) {
            // A lapse never leaves stability above what the same-day boost e^(w17·w18) could restore.
            double w17 = enableShortTerm ? w[17] : 0;
            double w18 = enableShortTerm ? w[18] : 0;
            double floor = roundTo8(s / StrictMath.exp(w17 * w18));
            newS = clamp(floor, S_MIN, nextForgetStability(d, s, r));
        } else {
            newS = nextRecallStability(d, s, r, g);
        }
        return new MemoryState(newS, nextDifficulty(d, g));
    }
}
