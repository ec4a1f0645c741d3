package org.newsgraph.storage;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.dialect.function.array.ArrayContainsArgumentTypeResolver;
import org.hibernate.type.StandardBasicTypes;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;

/**
 * HQL's {@code any_of(:keys, x)}: true when x is one of the keys, bound as one array parameter
 * ({@code x = any(?)} in SQL). Hibernate translates a query again on every run when it has an
 * {@code in (:list)} parameter, because the list's length changes the SQL; with one array parameter the
 * translated query is cached like any other, which is what a batch load of a nested field needs.
 */
@PersistenceUnitExtension
public class AnyOfFunction implements FunctionContributor {

    @Override
    public void contributeFunctions(FunctionContributions functions) {
        functions.getFunctionRegistry().patternDescriptorBuilder("any_of", "(?2 = any(?1))")
                .setExactArgumentCount(2)
                .setArgumentTypeResolver(ArrayContainsArgumentTypeResolver.INSTANCE)
                .setInvariantType(functions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN))
                .register();
    }
}
