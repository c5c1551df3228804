package cnnlab.lesson;

import java.util.Collection;

/** Finds the allowed name a typo most likely meant. */
final class FieldNames {
    private FieldNames() {
    }

    /**
     * The allowed name closest to {@code typed} by edit distance (case-insensitive), if at most
     * two edits away and closer than half the name; otherwise null.
     */
    static String closest(String typed, Collection<String> allowed) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : allowed) {
            int d = distance(typed.toLowerCase(), candidate.toLowerCase());
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return bestDistance <= 2 && bestDistance * 2 < Math.max(typed.length(), 2) ? best : null;
    }

    /** {@code " (did you mean \"x\"?)"} for the closest allowed name, or an empty string. */
    static String didYouMean(String typed, Collection<String> allowed) {
        String closest = closest(typed, allowed);
        return closest == null ? "" : " (did you mean \"" + closest + "\"?)";
    }

    /** Levenshtein distance: insertions, deletions and substitutions. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
