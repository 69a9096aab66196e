package io.posflow.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.posflow.contracts.partnerbank.PartnerBankApplicationSubmitted;
import io.posflow.contracts.settlement.TransactionSettled;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EventCatalogueTest {

    /** The partner banks' interface lives in one package, whoever publishes it. */
    private static final Set<String> BANK_FACING = Set.of("PartnerBankApplicationSubmitted", "ApplicationReceived",
            "ApplicationRefused", "ApplicationStatusChanged");

    static Stream<EventType> eventTypes() {
        return EventCatalogue.all().stream();
    }

    @Test
    void transactionSettledIsDescribedAsTheDesignSays() {
        EventType type = EventCatalogue.byClass(TransactionSettled.class);

        assertThat(type.typeName()).isEqualTo("TransactionSettled");
        assertThat(type.owner()).isEqualTo("settlement");
        assertThat(type.majorVersion()).isEqualTo(1);
        assertThat(type.ceType()).isEqualTo("posflow.settlement.TransactionSettled.v1");
        assertThat(type.schemaResource()).isEqualTo("/schemas/TransactionSettled.v1.json");
    }

    @Test
    void partnerBankApplicationsArePublishedByPartnerBanks() {
        assertThat(EventCatalogue.byClass(PartnerBankApplicationSubmitted.class).ceType())
                .isEqualTo("posflow.partner-bank.PartnerBankApplicationSubmitted.v1");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void everyEventIsFoundByEachOfItsNames(EventType type) {
        assertThat(EventCatalogue.byClass(type.eventClass())).isEqualTo(type);
        assertThat(EventCatalogue.byCeType(type.ceType())).contains(type);
        assertThat(EventCatalogue.byTypeName(type.typeName())).contains(type);
        assertThat(type.ceType()).matches("posflow\\.(onboarding|kyc|terminal|settlement|deposit|partner-bank)\\.[A-Z][A-Za-z]+\\.v1");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void everyEventIsARecordInItsPublishersPackage(EventType type) {
        assertThat(type.eventClass().isRecord()).isTrue();
        String expectedPackage = BANK_FACING.contains(type.typeName()) ? "partnerbank" : type.owner();
        assertThat(type.eventClass().getPackageName()).isEqualTo("io.posflow.contracts." + expectedPackage);
    }

    @Test
    void anUnknownCeTypeOrNameIsEmpty() {
        assertThat(EventCatalogue.byCeType("posflow.settlement.TransactionSettled.v2")).isEmpty();
        assertThat(EventCatalogue.byCeType("io.posflow.contracts.settlement.TransactionSettled")).isEmpty();
        assertThat(EventCatalogue.byTypeName("TransactionReversed")).isEmpty();
    }

    @Test
    void anUncataloguedClassIsRejected() {
        record NotAnEvent(String id) implements IntegrationEvent {
            @Override
            public String key() {
                return id;
            }
        }
        assertThatThrownBy(() -> EventCatalogue.byClass(NotAnEvent.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not in the event catalogue");
    }

    @Test
    void theCatalogueCannotBeModified() {
        assertThatThrownBy(() -> EventCatalogue.all().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
