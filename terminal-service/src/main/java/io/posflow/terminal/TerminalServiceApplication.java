package io.posflow.terminal;

import io.posflow.platform.PosflowApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class TerminalServiceApplication {

    public static void main(String[] args) {
        PosflowApplication.run(TerminalServiceApplication.class, args);
    }
}
