/** The jsoup allow-list sanitiser that mints {@link dev.congkit.core.html.SafeHtml}. */
package dev.congkit.sanitizer;
