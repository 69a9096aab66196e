package io.posflow.onboarding.usecase.intake;

import io.posflow.contracts.onboarding.ApplicantType;
import io.posflow.contracts.onboarding.Channel;
import io.posflow.contracts.onboarding.MaterialKind;
import io.posflow.contracts.reasons.Reason;
import io.posflow.contracts.reasons.ReasonCode;
import io.posflow.onboarding.domain.checks.BankCardNumber;
import io.posflow.onboarding.domain.checks.BinTable;
import io.posflow.onboarding.domain.checks.Checked;
import io.posflow.onboarding.domain.checks.MerchantNameRules;
import io.posflow.onboarding.domain.checks.ResidentIdNumber;
import io.posflow.onboarding.domain.checks.UnifiedSocialCreditCode;
import io.posflow.onboarding.domain.document.StoredDocument;
import io.posflow.platform.problem.FieldProblem;
import io.posflow.platform.problem.GenericProblemCodes;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The synchronous checks of an application at submission and resubmission (architecture §3: O2–O4, K1–K3, K6,
 * K8): every problem at once, each with its dotted field path and catalogue code. Messages name the rule,
 * never the submitted value. The shape (required fields, enum names, formats) is checked first; the rules
 * run on whatever parts are well-formed, so one answer lists as much as can be known.
 */
public class ApplicationFormChecks {

    private final Validator validator;
    private final MerchantNameRules merchantNames;
    private final BinTable bins;
    private final Period idValidityMargin;
    private final Function<String, Optional<StoredDocument>> documents;
    private final Duration maxVideoLength;

    /**
     * @param documents      the uploaded documents by id (the document store's records)
     * @param maxVideoLength O2: the longest BUSINESS_VIDEO
     */
    public ApplicationFormChecks(Validator validator, MerchantNameRules merchantNames, BinTable bins,
                                 Period idValidityMargin, Function<String, Optional<StoredDocument>> documents,
                                 Duration maxVideoLength) {
        this.validator = Objects.requireNonNull(validator, "validator");
        this.merchantNames = Objects.requireNonNull(merchantNames, "merchantNames");
        this.bins = Objects.requireNonNull(bins, "bins");
        this.idValidityMargin = Objects.requireNonNull(idValidityMargin, "idValidityMargin");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.maxVideoLength = Objects.requireNonNull(maxVideoLength, "maxVideoLength");
    }

    /**
     * @param submissionDate the Asia/Shanghai date of the (re)submission: ages (K1) and validity (K2, K6)
     *                       are judged on it
     */
    public List<FieldProblem> problems(ApplicationForm form, LocalDate submissionDate) {
        Problems problems = new Problems();
        for (ConstraintViolation<ApplicationForm> v : validator.validate(form)) {
            problems.invalid(v.getPropertyPath().toString(), v.getMessage());
        }
        Channel channel = enumOrNull(Channel.class, form.channel());
        ApplicantType type = enumOrNull(ApplicantType.class, form.applicantType());
        if (channel != null && type != null) {
            structure(form, channel, type, problems);
            materials(form, channel, type, problems);
            documents(form, problems);
            merchantName(form, type, problems);
            applicant(form, submissionDate, problems);
            settlementCard(form, type, problems);
            licence(form, type, submissionDate, problems);
            agreement(form, problems);
        }
        return problems.sorted();
    }

    /** O1, O4: what each channel and type must say, and which account each type settles to. */
    private static void structure(ApplicationForm form, Channel channel, ApplicantType type, Problems problems) {
        if (channel == Channel.AGENT && form.agent() == null) {
            problems.invalid("agent", "is required for the AGENT channel (O4)");
        }
        if (type != ApplicantType.PERSONAL && form.businessLicence() == null) {
            problems.invalid("businessLicence", "is required for INDIVIDUAL_BUSINESS and ENTERPRISE (O1)");
        }
        ApplicationForm.Account account = form.settlementAccount();
        if (account == null) {
            return;
        }
        if (type == ApplicantType.ENTERPRISE && !account.isCorporate()) {
            problems.invalid("settlementAccount.accountType", "must be CORPORATE for an ENTERPRISE (O1)");
        }
        if (type != ApplicantType.ENTERPRISE && account.isCorporate()) {
            problems.invalid("settlementAccount.accountType", "CORPORATE is for ENTERPRISE applicants only (O1)");
        }
        if (!account.isCorporate() && isBlank(account.reservedPhone())) {
            problems.invalid("settlementAccount.reservedPhone", "is required for a personal card (K4)");
        }
    }

    /** O2: one MATERIAL_MISSING per missing kind, the message naming the kind. */
    private static void materials(ApplicationForm form, Channel channel, ApplicantType type, Problems problems) {
        if (form.materials() == null) {
            return;
        }
        Set<MaterialKind> given = EnumSet.noneOf(MaterialKind.class);
        form.materials().stream()
                .filter(Objects::nonNull)
                .map(m -> enumOrNull(MaterialKind.class, m.kind()))
                .filter(Objects::nonNull)
                .forEach(given::add);
        for (MaterialKind kind : RequiredMaterials.of(type, channel)) {
            if (!given.contains(kind)) {
                problems.add("materials", ReasonCode.MATERIAL_MISSING, "Material " + kind + " is missing.");
            }
        }
    }

    /**
     * O2: every material refers to an uploaded document (DOCUMENT_NOT_FOUND) of a type that suits its kind
     * (photos are JPEG or PNG, the business video an MP4 of at most the configured length, licences, permits
     * and contracts a PDF or a photo).
     */
    private void documents(ApplicationForm form, Problems problems) {
        if (form.materials() == null) {
            return;
        }
        for (int i = 0; i < form.materials().size(); i++) {
            ApplicationForm.MaterialItem item = form.materials().get(i);
            MaterialKind kind = item == null ? null : enumOrNull(MaterialKind.class, item.kind());
            if (kind == null || isBlank(item.documentId())) {
                continue;
            }
            String field = "materials[" + i + "].documentId";
            Optional<StoredDocument> document = documents.apply(item.documentId());
            if (document.isEmpty()) {
                problems.add(field, ReasonCode.DOCUMENT_NOT_FOUND, "No uploaded document has this id.");
                continue;
            }
            MaterialTypes.problem(kind, document.get(), maxVideoLength).ifPresent(p -> problems.invalid(field, p));
        }
    }

    /** O3. */
    private void merchantName(ApplicationForm form, ApplicantType type, Problems problems) {
        if (!isBlank(form.merchantName())) {
            problems.addAll("merchantName", merchantNames.check(form.merchantName(), type));
        }
    }

    /** K1 (format, age on the submission date) and K2 (valid for the margin after it). */
    private void applicant(ApplicationForm form, LocalDate submissionDate, Problems problems) {
        ApplicationForm.Applicant applicant = form.applicant();
        if (applicant == null) {
            return;
        }
        if (!isBlank(applicant.idNumber())) {
            problems.addAll("applicant.idNumber",
                    ResidentIdNumber.parseForApplicant(applicant.idNumber(), submissionDate).problems());
        }
        if (applicant.idValidUntil() != null
                && applicant.idValidUntil().isBefore(submissionDate.plus(idValidityMargin))) {
            problems.add("applicant.idValidUntil", ReasonCode.ID_EXPIRING,
                    "The ID document must be valid for at least " + idValidityMargin.toTotalMonths()
                            + " more months.");
        }
    }

    /** K3: a Luhn-valid debit card (by the BIN table) in the applicant's own name; not for corporate accounts. */
    private void settlementCard(ApplicationForm form, ApplicantType type, Problems problems) {
        ApplicationForm.Account account = form.settlementAccount();
        if (account == null || account.isCorporate() || type == ApplicantType.ENTERPRISE) {
            return;
        }
        if (!isBlank(account.cardNumber())) {
            Checked<BankCardNumber> card = BankCardNumber.parseDebitCard(account.cardNumber().strip(), bins);
            problems.addAll("settlementAccount.cardNumber", card.problems());
        }
        if (namesDiffer(account.holderName(), applicantName(form))) {
            problems.add("settlementAccount.holderName", ReasonCode.NAME_MISMATCH,
                    "The card holder's name must be the applicant's ID name.");
        }
    }

    /**
     * K6: the credit code's check character, a licence still valid on the submission date and, for an
     * INDIVIDUAL_BUSINESS, the applicant as its legal representative. (An ENTERPRISE's legal representative
     * is checked against the legal representative's ID by the document check.)
     */
    private static void licence(ApplicationForm form, ApplicantType type, LocalDate submissionDate,
                                Problems problems) {
        ApplicationForm.Licence licence = form.businessLicence();
        if (licence == null || type == ApplicantType.PERSONAL) {
            return;
        }
        if (licence.uscc() != null) {
            problems.addAll("businessLicence.uscc", UnifiedSocialCreditCode.parse(licence.uscc()).problems());
        }
        if (licence.validUntil() != null && licence.validUntil().isBefore(submissionDate)) {
            problems.add("businessLicence.validUntil", ReasonCode.LICENCE_EXPIRED, ReasonCode.LICENCE_EXPIRED.defaultMessage());
        }
        if (type == ApplicantType.INDIVIDUAL_BUSINESS && namesDiffer(licence.legalRepresentative(), applicantName(form))) {
            problems.add("businessLicence.legalRepresentative", ReasonCode.NAME_MISMATCH,
                    "An individual business's legal representative must be the applicant.");
        }
    }

    /** K8. */
    private static void agreement(ApplicationForm form, Problems problems) {
        if (form.agreement() != null && namesDiffer(form.agreement().signedName(), applicantName(form))) {
            problems.add("agreement.signedName", ReasonCode.AGREEMENT_NAME_MISMATCH,
                    ReasonCode.AGREEMENT_NAME_MISMATCH.defaultMessage());
        }
    }

    private static String applicantName(ApplicationForm form) {
        return form.applicant() == null ? null : form.applicant().name();
    }

    /** Names are compared exactly, apart from surrounding blanks; a missing name is a shape problem. */
    private static boolean namesDiffer(String name, String idName) {
        if (isBlank(name) || isBlank(idName)) {
            return false;
        }
        return !name.strip().equals(idName.strip());
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** Collects field problems; the answer lists them sorted by field, so it is stable. */
    private static final class Problems {

        private final List<FieldProblem> list = new ArrayList<>();

        void invalid(String field, String message) {
            list.add(new FieldProblem(field, GenericProblemCodes.INVALID_INPUT, message));
        }

        void add(String field, ReasonCode code, String message) {
            list.add(new FieldProblem(field, code.name(), message));
        }

        void addAll(String field, List<Reason> reasons) {
            reasons.forEach(r -> add(field, r.code(), r.message()));
        }

        List<FieldProblem> sorted() {
            list.sort(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::code)
                    .thenComparing(FieldProblem::message));
            return List.copyOf(list);
        }
    }
}
