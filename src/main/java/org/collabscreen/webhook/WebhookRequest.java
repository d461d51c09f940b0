package org.collabscreen.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.collabscreen.web.InvalidFieldException;

/** A webhook to register: where to POST, and for which events. */
record WebhookRequest(
        @Schema(example = "https://portal.example.org/hooks/collabscreen") @NotBlank @Size(max = 2000)
        String url,

        @Schema(example = "[\"SCREENING_RISK_CHANGED\"]") @NotEmpty @Size(max = 10)
        List<@NotNull WebhookEvent> events,

        @Schema(
                description = "Also receive events of other clients' proposals; only for a caller who sees every "
                        + "client. Default false: the events of the caller's own client.",
                example = "false")
        Boolean allClients) {

    /** The URL as a URI: absolute http or https with a host, and no user name or password in it. */
    URI validatedUrl() {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new InvalidFieldException("url", "is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new InvalidFieldException("url", "must be an http or https URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new InvalidFieldException("url", "must name a host");
        }
        if (uri.getPort() == 0 || uri.getPort() > 65_535) {
            throw new InvalidFieldException("url", "must have a port between 1 and 65535");
        }
        if (uri.getRawUserInfo() != null) {
            throw new InvalidFieldException("url", "must not contain a user name or password");
        }
        if (uri.getRawFragment() != null) {
            throw new InvalidFieldException("url", "must not contain a fragment");
        }
        return uri;
    }
}
