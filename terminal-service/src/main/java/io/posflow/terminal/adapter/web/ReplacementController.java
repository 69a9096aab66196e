package io.posflow.terminal.adapter.web;

import io.posflow.terminal.domain.terminal.SerialNumber;
import io.posflow.terminal.usecase.Replacements;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import static io.posflow.terminal.adapter.web.TerminalRefusedException.refusedAsProblem;

/**
 * T8 (换机): {@code POST /terminals/{sn}/replacement {newSerialNumber}}. Either serial unknown → 404
 * SERIAL_UNKNOWN (T1); the old one not ACTIVE → 409 TERMINAL_NOT_ACTIVE; the new one not in stock → 409
 * TERMINAL_NOT_IN_STOCK; another model → 422 MODEL_MISMATCH.
 */
@RestController
@RequestMapping("/api/v1/terminals/{serialNumber}/replacement")
class ReplacementController {

    private final KnownTerminals known;
    private final Replacements replacements;

    ReplacementController(KnownTerminals known, Replacements replacements) {
        this.known = known;
        this.replacements = replacements;
    }

    @PostMapping
    ReplacementResponse replace(@PathVariable String serialNumber, @Valid @RequestBody ReplacementRequest request) {
        SerialNumber old = known.serial(serialNumber);
        SerialNumber replacement = known.serial(request.newSerialNumber());
        refusedAsProblem(() -> {
            replacements.replace(old, replacement);
            return null;
        });
        return ReplacementResponse.of(known.view(old.value()), known.view(replacement.value()));
    }
}
