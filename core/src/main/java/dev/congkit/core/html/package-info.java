/**
 * HTML content that may be written unescaped: {@link dev.congkit.core.html.SafeHtml}, minted only by
 * a registered {@link dev.congkit.core.html.HtmlSanitizer}. Core holds no HTML parser.
 */
package dev.congkit.core.html;
