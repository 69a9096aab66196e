package io.posflow.onboarding.usecase.intake;

import io.posflow.contracts.onboarding.ApplicantType;
import io.posflow.contracts.onboarding.MaterialKind;
import io.posflow.contracts.reasons.ReasonCode;
import io.posflow.onboarding.domain.checks.BankCardNumber;
import io.posflow.onboarding.domain.checks.BinTable;
import io.posflow.onboarding.domain.document.StoredDocument;
import io.posflow.platform.problem.FieldProblem;
import io.posflow.platform.problem.GenericProblemCodes;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The synchronous checks of a settlement account change (O10), every problem at once by dotted path:
 * PERSONAL and INDIVIDUAL_BUSINESS move to another own debit card (K3: Luhn, DEBIT by the BIN table, the
 * holder is the current holder, a reserved phone for K4); an ENTERPRISE to another corporate account of
 * the same company (K10 verifies it). The documents must be uploaded: a BANK_CARD photo for a card, the
 * ACCOUNT_PERMIT for a corporate account. Messages never quote a submitted value.
 */
public class AccountChangeChecks {

    private final Validator validator;
    private final BinTable bins;
    private final Function<String, Optional<StoredDocument>> documents;
    private final Duration maxVideoLength;

    public AccountChangeChecks(Validator validator, BinTable bins, Function<String, Optional<StoredDocument>> documents,
                               Duration maxVideoLength) {
        this.validator = Objects.requireNonNull(validator, "validator");
        this.bins = Objects.requireNonNull(bins, "bins");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.maxVideoLength = Objects.requireNonNull(maxVideoLength, "maxVideoLength");
    }

    /**
     * @param type          the merchant's applicant type
     * @param currentHolder the holder name of the account the merchant is paid to now, in clear
     */
    public List<FieldProblem> problems(AccountChangeForm form, ApplicantType type, String currentHolder) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ConstraintViolation<AccountChangeForm> v : validator.validate(form)) {
            problems.add(new FieldProblem(v.getPropertyPath().toString(), GenericProblemCodes.INVALID_INPUT,
                    v.getMessage()));
        }
        ApplicationForm.Account account = form.settlementAccount();
        boolean corporate = type == ApplicantType.ENTERPRISE;
        if (account != null) {
            if (corporate != account.isCorporate()) {
                problems.add(new FieldProblem("settlementAccount.accountType", GenericProblemCodes.INVALID_INPUT,
                        corporate ? "must be CORPORATE for an ENTERPRISE (O10)"
                                : "must be a personal debit card for " + type + " (O10)"));
            }
            if (!corporate) {
                if (isBlank(account.reservedPhone())) {
                    problems.add(new FieldProblem("settlementAccount.reservedPhone", GenericProblemCodes.INVALID_INPUT,
                            "is required for a personal card (K4)"));
                }
                if (!isBlank(account.cardNumber())) {
                    BankCardNumber.parseDebitCard(account.cardNumber().strip(), bins).problems().forEach(r ->
                            problems.add(new FieldProblem("settlementAccount.cardNumber", r.code().name(), r.message())));
                }
            }
            if (!isBlank(account.holderName()) && !account.holderName().strip().equals(currentHolder.strip())) {
                problems.add(new FieldProblem("settlementAccount.holderName", ReasonCode.NAME_MISMATCH.name(),
                        corporate ? "A corporate account must be held by the same company (K10)."
                                : "The card holder's name must be the merchant's ID name (K3)."));
            }
        }
        materials(form, corporate ? MaterialKind.ACCOUNT_PERMIT : MaterialKind.BANK_CARD, problems);
        problems.sort(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::code)
                .thenComparing(FieldProblem::message));
        return List.copyOf(problems);
    }

    private void materials(AccountChangeForm form, MaterialKind required, List<FieldProblem> problems) {
        if (form.materials() == null) {
            return;
        }
        boolean given = false;
        for (int i = 0; i < form.materials().size(); i++) {
            ApplicationForm.MaterialItem item = form.materials().get(i);
            MaterialKind kind = item == null ? null : kind(item.kind());
            if (kind == null || isBlank(item.documentId())) {
                continue;
            }
            given |= kind == required;
            String field = "materials[" + i + "].documentId";
            Optional<StoredDocument> document = documents.apply(item.documentId());
            if (document.isEmpty()) {
                problems.add(new FieldProblem(field, ReasonCode.DOCUMENT_NOT_FOUND.name(),
                        "No uploaded document has this id."));
                continue;
            }
            MaterialTypes.problem(kind, document.get(), maxVideoLength).ifPresent(p ->
                    problems.add(new FieldProblem(field, GenericProblemCodes.INVALID_INPUT, p)));
        }
        if (!given) {
            problems.add(new FieldProblem("materials", ReasonCode.MATERIAL_MISSING.name(),
                    "Material " + required + " is missing."));
        }
    }

    private static MaterialKind kind(String name) {
        try {
            return name == null ? null : MaterialKind.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
