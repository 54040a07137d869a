package dev.congkit.store;

import java.time.YearMonth;

/**
 * How many documents and articles a site posted in one month: the figure an officer asks of a
 * commune that is "rarely updated".
 *
 * <p>Example:
 * <pre>{@code
 * for (MonthlyCount month : store.publishedPerMonth("mauson.thanhhoa.gov.vn")) {
 *     System.out.println(month.month() + ": " + month.documents() + " văn bản, " + month.articles() + " bài viết");
 * }
 * }</pre>
 *
 * @param month     the month (Vietnam time, as the dates were written)
 * @param documents documents posted on the portal that month ({@code published}, else the date issued)
 * @param articles  articles published that month
 */
public record MonthlyCount(YearMonth month, int documents, int articles) {
}
