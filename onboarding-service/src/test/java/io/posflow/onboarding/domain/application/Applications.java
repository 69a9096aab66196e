package io.posflow.onboarding.domain.application;

import io.posflow.contracts.onboarding.AccountType;
import io.posflow.contracts.onboarding.ApplicantType;
import io.posflow.contracts.onboarding.Channel;
import io.posflow.contracts.onboarding.DeviceModel;
import io.posflow.contracts.onboarding.MaterialKind;
import io.posflow.contracts.onboarding.SettlementSpeed;
import io.posflow.contracts.pii.Mask;
import io.posflow.contracts.pii.SealedValueCodec;
import io.posflow.onboarding.domain.merchant.BusinessAddress;
import io.posflow.onboarding.domain.merchant.Mcc;
import io.posflow.onboarding.domain.merchant.SettlementAccount;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Test data: a personal online application as in architecture §5, sealed with a throwaway key. */
public final class Applications {

    public static final ApplicationId ID = new ApplicationId("0b6e2f36-1c1f-4c57-9d1b-8a4c2b9d7e11");

    private static final SealedValueCodec SEALING = new SealedValueCodec(Map.of("test", new byte[32]), "test");

    private Applications() {
    }

    public static ApplicationDetails anyDetails() {
        return anyDetailsWithMcc("5411");
    }

    public static ApplicationDetails anyDetailsWithMcc(String mcc) {
        return new ApplicationDetails(Channel.ONLINE, ApplicantType.PERSONAL, "北京市朝阳区老王便利店", new Mcc(mcc),
                new BusinessAddress("北京市", "北京市", "朝阳区", "建国路88号"), DeviceModel.ESIGN, SettlementSpeed.T1,
                "LKLE100000000001",
                new ApplicationDetails.Applicant(SEALING.seal("王小明", Mask.NAME),
                        SEALING.seal("110105199003071239", Mask.ID_NUMBER), LocalDate.parse("2035-05-01"),
                        SEALING.seal("13800138000", Mask.PHONE)),
                new SettlementAccount(AccountType.PERSONAL_CARD, SEALING.seal("王小明", Mask.NAME),
                        SEALING.seal("6222021234567890128", Mask.CARD_NUMBER), "中国工商银行", "中国工商银行北京朝阳支行",
                        SEALING.seal("13800138000", Mask.PHONE)),
                null,
                List.of(new ApplicationDetails.MaterialReference(MaterialKind.ID_FRONT, "doc-1"),
                        new ApplicationDetails.MaterialReference(MaterialKind.ID_BACK, "doc-2")),
                SEALING.seal("王小明", Mask.NAME),
                null, null);
    }
}
