package org.newsgraph.corpus;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Draws ranks 0…n-1 with probability proportional to 1/(rank+1)^s: a few are drawn all the time, most
 * seldom, as people are in the news.
 */
final class Zipf {

    private final double[] cumulative;

    Zipf(int n, double s) {
        cumulative = new double[n];
        double sum = 0;
        for (int rank = 0; rank < n; rank++) {
            sum += 1 / Math.pow(rank + 1, s);
            cumulative[rank] = sum;
        }
        for (int rank = 0; rank < n; rank++) {
            cumulative[rank] /= sum;
        }
    }

    int draw(SplittableRandom random) {
        int found = Arrays.binarySearch(cumulative, random.nextDouble());
        return Math.min(cumulative.length - 1, found >= 0 ? found : -found - 1);
    }
}
