package org.newsgraph.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.junit.jupiter.api.Test;

/**
 * The request guard refuses an editor's admin mutation by its name, before it runs; the annotations refuse it
 * again where it runs. The two lists are one: a new admin-only mutation missing from Roles would reach its
 * resolver before being refused, with a 200 instead of a 403.
 */
class AdminMutationsTest {

    @Test
    void theAdminMutationsTheGuardKnowsAreTheOnesAnnotatedForAdminsOnly() throws IOException {
        Set<String> annotated = graphQLApis().stream()
                .flatMap(api -> Arrays.stream(api.getDeclaredMethods()))
                .filter(method -> method.isAnnotationPresent(Mutation.class))
                .filter(AdminMutationsTest::onlyForAdmins)
                .map(Method::getName)
                .collect(Collectors.toSet());
        assertEquals(annotated, Roles.ADMIN_MUTATIONS);
    }

    /** Every @GraphQLApi class the build compiled. */
    private static List<Class<?>> graphQLApis() throws IOException {
        Path classes = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(file -> file.toString().endsWith(".class") && !file.toString().contains("$"))
                    .map(file -> classes.relativize(file).toString().replace(File.separatorChar, '.').replaceFirst("\\.class$", ""))
                    .map(AdminMutationsTest::load)
                    .filter(type -> type.isAnnotationPresent(GraphQLApi.class))
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, AdminMutationsTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean onlyForAdmins(Method method) {
        RolesAllowed roles = method.isAnnotationPresent(RolesAllowed.class) ? method.getAnnotation(RolesAllowed.class)
                : method.getDeclaringClass().getAnnotation(RolesAllowed.class);
        return roles != null && Set.of(roles.value()).equals(Set.of(Roles.ADMIN));
    }
}
