package io.posflow.terminal.config;

import io.posflow.platform.messaging.PeriodicTask;
import io.posflow.terminal.usecase.Allocations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** T2: the allocation queue's safety-net sweep. */
@Configuration(proxyBeanMethods = false)
public class AllocationConfig {

    /**
     * Serves waiting merchants now and then: normally a registration serves them at once, but if that failed
     * (or the service stopped between the registration's commit and the allocation) they would wait for the next
     * registration of their model.
     */
    @Bean
    PeriodicTask allocationSweep(Allocations allocations, AllocationProperties properties) {
        return new PeriodicTask("allocation-sweep", properties.sweepInterval(), allocations::sweep);
    }
}
