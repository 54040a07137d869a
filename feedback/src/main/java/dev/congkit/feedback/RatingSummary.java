package dev.congkit.feedback;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * The ratings of one page in one month: how many of each score from 1 to 5, the count, the
 * average; no rater is known.
 *
 * <p>Example:
 * <pre>{@code
 * RatingSummary s = ratings.summaries(host, YearMonth.of(2026, 12)).get(0);
 * s.path() + ": " + s.count() + " đánh giá, trung bình " + s.averageText();   // "/tin-tuc/a: 12 đánh giá, trung bình 4,3"
 * }</pre>
 *
 * @param byScore five counts: of score 1, 2, 3, 4 and 5
 */
public record RatingSummary(String path, YearMonth month, List<Integer> byScore, int comments) {

    public RatingSummary {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(month, "month");
        byScore = List.copyOf(byScore);
        if (byScore.size() != 5) {
            throw new IllegalArgumentException("byScore: must hold five counts (scores 1 to 5), but held " + byScore.size());
        }
    }

    public int count() {
        return byScore.stream().mapToInt(Integer::intValue).sum();
    }

    public double average() {
        int count = count();
        int sum = 0;
        for (int i = 0; i < 5; i++) {
            sum += (i + 1) * byScore.get(i);
        }
        return count == 0 ? 0 : (double) sum / count;
    }

    /** The average with one decimal and a decimal comma, as Vietnamese writes it: {@code 4,3}. */
    public String averageText() {
        return String.format(java.util.Locale.ROOT, "%.1f", average()).replace('.', ',');
    }
}
