package io.posflow.platform.persistence;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.domain.EntityScanPackages;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.type.AnnotationMetadata;

import java.util.ArrayList;
import java.util.List;

/**
 * Declares the JPA entity packages explicitly: the service's own (its auto-configuration package),
 * the platform's, and Axon's event store, token store and saga store. Registering any entity package
 * switches Spring Boot from "scan the application's package" to "scan the registered packages", and
 * Axon then no longer adds its own, so all of them are named here.
 */
public class PlatformEntityRegistrar implements ImportBeanDefinitionRegistrar {

    private static final List<String> AXON = List.of(
            "org.axonframework.eventsourcing.eventstore.jpa",
            "org.axonframework.eventhandling.tokenstore.jpa",
            "org.axonframework.modelling.saga.repository.jpa",
            "org.axonframework.eventhandling.deadletter.jpa");

    @Override
    public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
        List<String> packages = new ArrayList<>(AXON);
        packages.add("io.posflow.platform");
        if (registry instanceof BeanFactory factory && AutoConfigurationPackages.has(factory)) {
            packages.addAll(AutoConfigurationPackages.get(factory));
        }
        EntityScanPackages.register(registry, packages);
    }
}
