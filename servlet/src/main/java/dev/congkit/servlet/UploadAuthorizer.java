package dev.congkit.servlet;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Decides who may upload images. Uploading writes to a public government site, so the upload
 * endpoint refuses everything unless the vendor supplies this hook (their CMS login, say).
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
