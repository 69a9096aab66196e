package io.posflow.onboarding.web;

import io.posflow.contracts.onboarding.AccountType;
import io.posflow.contracts.onboarding.ApplicantType;
import io.posflow.contracts.onboarding.Channel;
import io.posflow.contracts.onboarding.DeviceModel;
import io.posflow.contracts.onboarding.MaterialKind;
import io.posflow.contracts.onboarding.SettlementSpeed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.time.LocalDate;
import java.util.List;

/**
 * The body of {@code POST /api/v1/applications} (DESIGN §5). Only the shape is checked here; the
 * onboarding and KYC format rules (O2, O3, K1–K3, K6, K8) are checked on top of it.
 *
 * @param settlementSpeed optional, T1 when absent (O6)
 */
public record SubmitApplicationRequest(
        @NotNull @EnumName(value = Channel.class, only = {"ONLINE", "AGENT"}) String channel,
        @NotNull @EnumName(ApplicantType.class) String applicantType,
        @NotBlank String merchantName,
        @NotNull @Pattern(regexp = "[0-9]{4}", message = "must be 4 digits") String mcc,
        @NotNull @Valid Address businessAddress,
        @NotNull @EnumName(DeviceModel.class) String deviceModel,
        @EnumName(SettlementSpeed.class) String settlementSpeed,
        @Pattern(regexp = "[A-Z0-9]{10,20}", message = "must be 10 to 20 of A-Z and 0-9") String terminalSerialNumber,
        @NotNull @Valid Applicant applicant,
        @NotNull @Valid Account settlementAccount,
        @Valid Licence businessLicence,
        @NotNull List<@NotNull @Valid MaterialItem> materials,
        @NotNull @Valid Agreement agreement,
        @Valid Agent agent) {

    public record Address(@NotBlank String province, @NotBlank String city, @NotBlank String district,
                          @NotBlank String street) {
    }

    public record Applicant(@NotBlank String name, @NotBlank String idNumber, @NotNull LocalDate idValidUntil,
                            @NotBlank String phone) {
    }

    /** @param accountType optional, PERSONAL_CARD when absent */
    public record Account(@EnumName(AccountType.class) String accountType, @NotBlank String holderName,
                          @NotBlank String cardNumber, @NotBlank String bankName, String branchName,
                          String reservedPhone) {
    }

    public record Licence(@NotNull @Pattern(regexp = "[0-9A-Z]{18}", message = "must be 18 of 0-9 and A-Z") String uscc,
                          LocalDate validUntil, @NotBlank String legalRepresentative) {
    }

    public record MaterialItem(@NotNull @EnumName(MaterialKind.class) String kind, @NotBlank String documentId) {
    }

    public record Agreement(@NotBlank String signedName) {
    }

    public record Agent(@NotBlank String agentId, @NotBlank String certificateNo) {
    }
}
