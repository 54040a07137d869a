/**
 * Citizens talk back (FEEDBACK-FUNCTION, SATISFACTION-RATING): the "Liên hệ – góp ý" form with
 * tracking codes and a status page ({@link dev.congkit.feedback.FeedbackServlet}), the staff's
 * inbox, answers and public Q&amp;A ({@link dev.congkit.feedback.FeedbackStaffServlet}), and the
 * "Thông tin này có hữu ích không?" rating ({@link dev.congkit.feedback.RatingWidget},
 * {@link dev.congkit.feedback.RatingServlet}) with its monthly report; kept in the CổngKit store.
 */
package dev.congkit.feedback;
