/** The language switcher: the same page in Vietnamese and in English (CONTACT-ENGLISH). */
package dev.congkit.widgets.language;
