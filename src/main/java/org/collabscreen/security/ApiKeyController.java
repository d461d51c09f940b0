package org.collabscreen.security;

import java.security.Principal;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/api-keys", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "API keys", description = "Create, list and revoke API keys (ADMIN only)")
class ApiKeyController {

    private final ApiKeyService keys;

    ApiKeyController(ApiKeyService keys) {
        this.keys = keys;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create an API key", description = "The response carries the key; it is shown only this once.")
    @ApiResponse(responseCode = "201", description = "Created; `key` is the value to send as X-API-Key")
    ResponseEntity<CreatedApiKeyResponse> create(@Valid @RequestBody ApiKeyRequest request, Principal caller) {
        return ResponseEntity.status(HttpStatus.CREATED).body(keys.create(request, caller.getName()));
    }

    @GetMapping
    @Operation(summary = "Every API key, oldest first, revoked ones included; never the keys themselves")
    List<ApiKeyResponse> list() {
        return keys.list();
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke an API key", description = "The next request with the key is refused with 401.")
    @ApiResponse(responseCode = "204", description = "Revoked (also when it already was)")
    ResponseEntity<Void> revoke(@PathVariable UUID id, Principal caller) {
        keys.revoke(id, caller.getName());
        return ResponseEntity.noContent().build();
    }
}
