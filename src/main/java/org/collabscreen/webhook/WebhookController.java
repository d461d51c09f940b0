package org.collabscreen.webhook;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.collabscreen.security.Viewers;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/webhooks", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Webhooks", description = "Be told when a re-screen changes a proposal's overall risk")
class WebhookController {

    private final WebhookSubscriptions webhooks;
    private final Viewers viewers;

    WebhookController(WebhookSubscriptions webhooks, Viewers viewers) {
        this.webhooks = webhooks;
        this.viewers = viewers;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Register a webhook",
            description = "Events are POSTed as JSON, signed with HMAC-SHA256 using the secret in this response, "
                    + "which is shown only here. The URL must be https (unless the operator allows http) and reach "
                    + "only public addresses: loopback, private, link-local (metadata), unique-local, CGNAT and "
                    + "multicast targets are refused with 400, here and again at every delivery. The webhook "
                    + "receives the events of the caller's client's proposals (of every client's with allClients).")
    @ApiResponse(responseCode = "201", description = "Registered; Location names the webhook")
    ResponseEntity<WebhookResponse> register(@Valid @RequestBody WebhookRequest request) {
        WebhookResponse created = webhooks.register(request, viewers.current());
        return ResponseEntity.created(URI.create("/api/v1/webhooks/" + created.id()))
                .body(created);
    }

    @GetMapping
    @Operation(summary = "Registered webhooks, oldest first (without secrets)")
    List<WebhookResponse> list() {
        return webhooks.list(viewers.current());
    }

    @GetMapping("/{id}")
    @Operation(summary = "A registered webhook (without its secret)")
    WebhookResponse get(@PathVariable UUID id) {
        return webhooks.get(id, viewers.current());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove a webhook with its pending deliveries and its delivery log")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        webhooks.delete(id, viewers.current());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/deliveries")
    @Operation(
            summary = "The webhook's delivery log, newest first",
            description = "PENDING (to be sent or retried at nextAttemptAt), DELIVERED or FAILED (gave up).")
    List<DeliveryResponse> deliveries(
            @PathVariable UUID id, @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return webhooks.deliveries(id, viewers.current(), limit);
    }
}
