/**
 * The photo and video library: the {@code gallery} section, the {@code photo-gallery} widget
 * (captioned photos, a lightbox that is a plain link) and the {@code video-gallery} widget (poster,
 * captions track, never autoplay).
 */
package dev.congkit.widgets.gallery;
