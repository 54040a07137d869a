package dev.congkit.feedback;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Decides who may read and answer citizens' messages and see the ratings report. The staff pages
 * show personal data, so they refuse everything unless the vendor supplies this hook (their CMS
 * login, say); the citizens' pages never ask it.
 *
 * <p>Example:
 * <pre>{@code
 * FeedbackAuthorizer officers = request -> request.isUserInRole("tiep-nhan-phan-anh");
 * }</pre>
 */
@FunctionalInterface
public interface FeedbackAuthorizer {

    boolean mayManage(HttpServletRequest request);
}
