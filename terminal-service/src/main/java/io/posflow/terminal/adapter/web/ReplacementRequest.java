package io.posflow.terminal.adapter.web;

import jakarta.validation.constraints.NotNull;

/** {@code POST /terminals/{sn}/replacement} (T8): the stock terminal that takes over. */
public record ReplacementRequest(@NotNull String newSerialNumber) {
}
