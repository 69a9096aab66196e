package io.posflow.onboarding.usecase.intake;

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
 * An application as the applicant fills it in, personal data still in clear: the body of
 * {@code POST /api/v1/applications} (architecture §5), and what a partner bank's message becomes (channel
 * PARTNER_BANK). Only the shape is declared here; {@link ApplicationFormChecks} checks the rules. Every
 * nested record's {@code toString} hides personal data, so a form may not leak through a log line.
 *
 * @param settlementSpeed optional, T1 when absent (O6)
 */
public record ApplicationForm(
        @NotNull @EnumName(Channel.class) String channel,
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

    /** The same form arriving through another channel (a partner bank's message says none). */
    public ApplicationForm withChannel(Channel newChannel) {
        return new ApplicationForm(newChannel.name(), applicantType, merchantName, mcc, businessAddress, deviceModel,
                settlementSpeed, terminalSerialNumber, applicant, settlementAccount, businessLicence, materials,
                agreement, agent);
    }

    public record Address(@NotBlank String province, @NotBlank String city, @NotBlank String district,
                          @NotBlank String street) {
    }

    public record Applicant(@NotBlank String name, @NotBlank String idNumber, @NotNull LocalDate idValidUntil,
                            @NotBlank @Pattern(regexp = "1[0-9]{10}", message = "must be 11 digits starting with 1")
                            String phone) {

        @Override
        public String toString() {
            return "Applicant[personal data redacted]";
        }
    }

    /** @param accountType optional, PERSONAL_CARD when absent */
    public record Account(@EnumName(AccountType.class) String accountType, @NotBlank String holderName,
                          @NotBlank String cardNumber, @NotBlank String bankName, String branchName,
                          @Pattern(regexp = "1[0-9]{10}", message = "must be 11 digits starting with 1")
                          String reservedPhone) {

        public boolean isCorporate() {
            return AccountType.CORPORATE.name().equals(accountType);
        }

        @Override
        public String toString() {
            return "Account[" + accountType + ", " + bankName + ", personal data redacted]";
        }
    }

    /** @param validUntil absent for a licence without end date (长期) */
    public record Licence(@NotNull @Pattern(regexp = "[0-9A-Z]{18}", message = "must be 18 of 0-9 and A-Z") String uscc,
                          LocalDate validUntil, @NotBlank String legalRepresentative) {

        @Override
        public String toString() {
            return "Licence[" + uscc + ", legal representative redacted]";
        }
    }

    public record MaterialItem(@NotNull @EnumName(MaterialKind.class) String kind, @NotBlank String documentId) {
    }

    public record Agreement(@NotBlank String signedName) {

        @Override
        public String toString() {
            return "Agreement[signed name redacted]";
        }
    }

    public record Agent(@NotBlank String agentId, @NotBlank String certificateNo) {
    }
}
