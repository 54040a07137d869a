/**
 * The image resizer: keeps banners and news photos within per-slot pixel and byte budgets
 * (IMAGE-BUDGET) and contributes pixel-based image checks (BANNER-NO-DUP) to {@code congkit check}.
 * Arrives with the banners-and-images work; the module exists so that the dependency arrows of the
 * architecture hold from the start.
 */
package dev.congkit.image;
