/**
 * Planned suspensions of the portal (MAINTENANCE-NOTICE): the {@code maintenance} section, the
 * {@code maintenance-notice} widget and the check that each is announced seven working days ahead.
 */
package dev.congkit.widgets.maintenance;
