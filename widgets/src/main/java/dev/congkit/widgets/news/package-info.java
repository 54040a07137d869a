/**
 * News and articles ("Tin tức sự kiện" and the other columns): the {@code news} section, the
 * {@code news-list} and {@code article} widgets, the Atom feed and the checks. Article bodies are
 * {@link dev.congkit.core.html.SafeHtml}.
 */
package dev.congkit.widgets.news;
