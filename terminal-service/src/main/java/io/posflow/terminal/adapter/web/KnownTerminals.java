package io.posflow.terminal.adapter.web;

import io.posflow.terminal.domain.terminal.SerialNumber;
import io.posflow.terminal.readmodel.state.TerminalView;
import io.posflow.terminal.readmodel.state.TerminalViewRepository;
import org.springframework.stereotype.Component;

/** T1: every {@code /terminals/{sn}…} path starts here; an unregistered serial is 404 (no 二清 machines). */
@Component
class KnownTerminals {

    private final TerminalViewRepository views;

    KnownTerminals(TerminalViewRepository views) {
        this.views = views;
    }

    /** The view of a registered terminal; anything else (malformed serials included) is unknown. */
    TerminalView view(String serialNumber) {
        return views.findById(serialNumber).orElseThrow(UnknownTerminalException::new);
    }

    SerialNumber serial(String serialNumber) {
        return SerialNumber.of(view(serialNumber).serialNumber());
    }
}
