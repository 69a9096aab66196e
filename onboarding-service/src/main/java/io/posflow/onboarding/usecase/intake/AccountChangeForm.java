package io.posflow.onboarding.usecase.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/**
 * The body of {@code POST /api/v1/merchants/{merchantNo}/settlement-account-changes} (O10): the new account,
 * personal data still in clear, and the uploaded documents that show it.
 */
public record AccountChangeForm(@NotNull @Valid ApplicationForm.Account settlementAccount,
                                @NotNull List<ApplicationForm.@NotNull @Valid MaterialItem> materials) {
}
