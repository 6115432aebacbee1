package io.newsroom.article.service;

import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.function.Supplier;

/**
 * State that lives as long as the current JTA transaction (what a writer already did in it), kept in the
 * transaction's {@link TransactionSynchronizationRegistry} under its owner's class.
 */
final class TransactionState {

    private TransactionState() {
    }

    /**
     * @param transaction the registry; a transaction must be active
     * @param owner       the class whose state it is (the key)
     * @param create      makes the state the first time it is asked for in a transaction
     * @param <T>         the state's type
     * @return the transaction's state of {@code owner}
     * @throws IllegalStateException when no transaction is active
     */
    @SuppressWarnings("unchecked")
    static <T> T of(TransactionSynchronizationRegistry transaction, Class<?> owner, Supplier<T> create) {
        T state = (T) transaction.getResource(owner);
        if (state == null) {
            state = create.get();
            transaction.putResource(owner, state);
        }
        return state;
    }
}
