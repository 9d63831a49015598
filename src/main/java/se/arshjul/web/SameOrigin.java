package se.arshjul.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

/** A Referer of this application reduced to its path and query, so redirects never leave the site. */
final class SameOrigin {
    private SameOrigin() {}

    static String path(HttpServletRequest request, String referer) {
        if (referer == null || referer.isBlank()) return null;
        try {
            URI uri = URI.create(referer);
            if (uri.getHost() != null && !uri.getHost().equalsIgnoreCase(request.getServerName())) return null;
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//")) return null;
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
