package io.newsroom.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One paper of the registry (table {@code article.paper}, migration {@code V2__papers.sql}). */
@Entity
@Table(name = "paper")
public class PaperEntity {

    /** Paper code, e.g. {@code lcrb}. */
    @Id
    public String code;

    /** Masthead name, e.g. 聊城日报. */
    public String name;

    /** Publisher, e.g. 聊城日报社. */
    public String publisher;

    /** BCP 47 language tag, e.g. {@code zh-CN}. */
    public String language;

    /** Fixed page names by page number, e.g. {@code {1: 要闻}}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "page_names")
    public Map<Integer, String> pageNames = new HashMap<>();
}
