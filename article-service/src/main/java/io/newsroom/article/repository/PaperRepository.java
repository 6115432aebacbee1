package io.newsroom.article.repository;

import io.newsroom.article.PaperEntity;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads the paper registry. */
@ApplicationScoped
public class PaperRepository implements PanacheRepositoryBase<PaperEntity, String> {
}
