package io.posflow.terminal.config;

import io.posflow.terminal.domain.terminal.TerminalModel;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DepositPropertiesTest {

    @Test
    void O5_theShippedSettingsAskAnEsignFor99YuanAndASmartPosFor299() throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        for (PropertySource<?> source : new YamlPropertySourceLoader().load("application.yml",
                new ClassPathResource("application.yml"))) {
            environment.getPropertySources().addLast(source);
        }

        DepositProperties deposits = new Binder(ConfigurationPropertySources.get(environment))
                .bind("posflow.terminal.deposit", DepositProperties.class).get();

        assertThat(deposits.of(TerminalModel.ESIGN).fen()).isEqualTo(9_900);
        assertThat(deposits.of(TerminalModel.SMART).fen()).isEqualTo(29_900);
    }

    @Test
    void O5_aDeviceModelWithoutADepositStopsTheServiceFromStarting() {
        assertThatThrownBy(() -> new DepositProperties(Map.of(TerminalModel.ESIGN, 9_900L)))
                .hasMessageContaining("posflow.terminal.deposit.amount-fen.SMART");
    }
}
