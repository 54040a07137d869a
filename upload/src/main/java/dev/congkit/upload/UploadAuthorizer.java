package dev.congkit.upload;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Decides who may upload images. Uploading writes to a public government site, so the upload
 * endpoint refuses everything unless the vendor supplies this hook (their CMS login, say).
 * It is asked before the multipart body is read; decide from the session, the user's roles or a
 * header, since asking for a form field ({@code getParameter}) makes the container read the body.
 *
 * <p>Example:
 * <pre>{@code
 * UploadAuthorizer editorsOnly = request -> request.isUserInRole("editor");
 * }</pre>
 */
@FunctionalInterface
public interface UploadAuthorizer {

    boolean mayUpload(HttpServletRequest request);
}
