/**
 * The commune's documents ("Văn bản của xã", DOCS-LIST): the {@code documents} section, the
 * {@code document-list} table with filters, search and pages, the {@code document} page with JSON-LD,
 * the Atom feed and the checks.
 */
package dev.congkit.widgets.document;
