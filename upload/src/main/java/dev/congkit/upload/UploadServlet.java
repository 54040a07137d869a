package dev.congkit.upload;

import dev.congkit.image.ImageException;
import dev.congkit.image.ImageResizer;
import dev.congkit.image.ResizedImage;
import dev.congkit.image.Slot;
import dev.congkit.servlet.CsrfTokens;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Accepts an image upload (multipart {@code file}, {@code slot}, {@code csrf}) and writes it,
 * fitted to the slot's budget, into a folder the site serves. Off unless an {@link UploadAuthorizer}
 * allows the request; every upload must carry the session's CSRF token ({@link #csrfToken}); the
 * request size is limited ({@link #multipartConfig}); the declared type and the file's first bytes
 * must both be an image's. Answers JSON, or a 303 redirect to a site-relative {@code redirect}.
 *
 * <p>Example:
 * <pre>{@code
 * UploadServlet upload = new UploadServlet(ImageResizer.create(), Slots.defaults(), Path.of("/var/www/uploads"),
 *         "/uploads", request -> request.isUserInRole("editor"));
 * ServletRegistration.Dynamic registration = context.addServlet("upload", upload);
 * registration.setMultipartConfig(UploadServlet.multipartConfig(15L << 20));   // 15 MiB per request
 * registration.addMapping("/tai-anh-len");
 * }</pre>
 */
public class UploadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Set<String> TYPES = Set.of("image/jpeg", "image/png", "image/gif", "image/bmp", "image/webp");

    private final transient ImageResizer resizer;
    private final transient Map<String, Slot> slots;
    private final transient Path folder;
    private final String publicPrefix;
    private final transient UploadAuthorizer authorizer;

    /**
     * @param folder       where fitted images are written
     * @param publicPrefix the URL path under which that folder is served, e.g. {@code /uploads}
     * @param authorizer   who may upload; {@code null} keeps the endpoint off
     */
    public UploadServlet(ImageResizer resizer, Map<String, Slot> slots, Path folder, String publicPrefix, UploadAuthorizer authorizer) {
        this.resizer = resizer;
        this.slots = Map.copyOf(slots);
        this.folder = folder;
        this.publicPrefix = publicPrefix.replaceAll("/+$", "");
        this.authorizer = authorizer;
    }

    /** The multipart limits to register the servlet with: at most {@code maxBytes} per file and per request. */
    public static MultipartConfigElement multipartConfig(long maxBytes) {
        return new MultipartConfigElement(null, maxBytes, maxBytes + 64 * 1024, 256 * 1024);
    }

    /** The session's CSRF token, created on first use; put it in the upload form's {@code csrf} field. */
    public static String csrfToken(HttpServletRequest request) {
        return CsrfTokens.token(request);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (authorizer == null) {
            plain(response, HttpServletResponse.SC_FORBIDDEN, "Uploads are not enabled on this site.");
            return;
        }
        // who may upload is decided before the multipart body is read: a stranger's body is never parsed
        if (!authorizer.mayUpload(request)) {
            plain(response, HttpServletResponse.SC_FORBIDDEN, "You may not upload images here.");
            return;
        }
        Part file;
        try {
            file = request.getPart("file");
        } catch (IllegalStateException e) {
            plain(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "The upload is larger than this site accepts.");
            return;
        } catch (ServletException e) {
            plain(response, HttpServletResponse.SC_BAD_REQUEST, "Send the image as multipart/form-data in the field 'file'.");
            return;
        }
        if (!CsrfTokens.valid(request)) {
            plain(response, HttpServletResponse.SC_FORBIDDEN, "The form has expired or did not come from this site (CSRF token); reload it and try again.");
            return;
        }
        Slot slot = slots.get(request.getParameter("slot") == null ? "" : request.getParameter("slot"));
        if (slot == null) {
            plain(response, HttpServletResponse.SC_BAD_REQUEST, "slot: must be one of " + String.join(", ", slots.keySet()));
            return;
        }
        String name = file == null ? null : file.getSubmittedFileName();
        String type = file == null || file.getContentType() == null ? "" : file.getContentType().toLowerCase(Locale.ROOT).replaceAll(";.*", "").strip();
        if (file == null || file.getSize() == 0 || !TYPES.contains(type)) {
            plain(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "file: must be a JPEG, PNG, GIF, BMP or WebP image"
                    + (type.isEmpty() ? "" : ", but was declared as " + type.replaceAll("[^a-z0-9/.+-]", "?")));
            return;
        }
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
            bytes = in.readAllBytes();
        }
        String base = safeName(name);
        try {
            ResizedImage image = resizer.fit(base, bytes, slot);
            Path target = freeName(base, slot);
            ImageResizer.writeAtomically(target, image.bytes());
            String url = publicPrefix + "/" + target.getFileName();
            log("image uploaded to " + url + " (" + image.width() + "×" + image.height() + ", " + image.size() + " bytes) from " + request.getRemoteAddr());
            String redirect = siteRelative(request.getParameter("redirect"));
            if (redirect != null) {
                response.setStatus(HttpServletResponse.SC_SEE_OTHER);
                response.setHeader("Location", redirect + (redirect.contains("?") ? "&" : "?") + "uploaded="
                        + java.net.URLEncoder.encode(url, StandardCharsets.UTF_8));
                return;
            }
            byte[] json = ("{\"url\":\"" + url + "\",\"width\":" + image.width() + ",\"height\":" + image.height() + ",\"bytes\":" + image.size() + "}")
                    .getBytes(StandardCharsets.UTF_8);
            response.setContentType("application/json");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.getOutputStream().write(json);
        } catch (ImageException e) {
            // an editor reads it: Vietnamese unless the form asked for English
            plain(response, HttpServletResponse.SC_BAD_REQUEST, e.text().in(dev.congkit.core.render.Locales.fromTag(request.getParameter("lang"))));
        }
    }

    /**
     * The {@code redirect} parameter when it is a path on this site, else {@code null}. Control
     * characters are removed first and the check made on what is left, as a browser would read it
     * ({@code "/\n/evil.example"} is {@code "//evil.example"}, another site).
     */
    static String siteRelative(String redirect) {
        if (redirect == null) {
            return null;
        }
        String cleaned = redirect.replaceAll("[\\x00-\\x20\\x7f]", "");
        return cleaned.startsWith("/") && !cleaned.startsWith("//") && !cleaned.contains("\\") ? cleaned : null;
    }

    /** A file name of lower-case ASCII letters, digits and hyphens, from the uploaded one. */
    static String safeName(String submitted) {
        String name = submitted == null ? "" : submitted.replaceAll("^.*[/\\\\]", "").replaceFirst("\\.[^.]*$", "");
        String ascii = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        slug = slug.length() > 60 ? slug.substring(0, 60).replaceAll("-+$", "") : slug;
        return slug.isEmpty() ? "anh" : slug;
    }

    /** Claims a name no other upload has: an existing image is never replaced. */
    private Path freeName(String base, Slot slot) throws IOException {
        Files.createDirectories(folder);
        for (int n = 1; ; n++) {
            Path target = folder.resolve(base + (n == 1 ? "" : "-" + n) + "." + slot.format().extension());
            try {
                Files.createFile(target);
                return target;
            } catch (java.nio.file.FileAlreadyExistsException taken) {
                // try the next number
            }
        }
    }

    private static void plain(HttpServletResponse response, int status, String message) throws IOException {
        dev.congkit.servlet.PlainText.send(response, status, message);
    }
}
