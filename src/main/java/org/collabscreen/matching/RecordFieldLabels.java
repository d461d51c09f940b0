package org.collabscreen.matching;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A procurement, shipping or contract record's field label before the name it holds, in the languages such records are
 * kept in: "Supplier: Name", "Lieferadresse: Name", "Endbenutzer: Name", "Proveedor: Name", "Destinataire : Name",
 * "Поставщик: Name", "供应商：名称". The label is no part of the name. Only a known label followed by a colon is taken
 * off: a record writes its fields so, and a name may itself start with a word such as "Customer" or "Client".
 */
final class RecordFieldLabels {

    private static final String ENGLISH = "supplier|vendor|seller|manufacturer|maker|producer|(?:prime |sub)?contractor"
            + "|consignee|ultimate consignee|consignor|shipper|ship to|sold to|bill to|deliver to|delivery address"
            + "|end[ -]user|buyer|purchaser|customer|client|recipient|awardee|exporter|importer|licensee|licensor"
            + "|counterparty";
    private static final String GERMAN = "lieferant|lieferadresse|lieferanschrift|hersteller|endbenutzer|endverwender"
            + "|endkunde|(?:waren)?empfänger|auftragnehmer|auftraggeber|käufer|kunde|besteller|rechnungsadresse"
            + "|verkäufer|ausführer|exporteur|importeur";
    private static final String SPANISH = "proveedor|destinatario|fabricante|usuario final|cliente|contratista"
            + "|comprador|adjudicatario|vendedor|exportador|importador|dirección de entrega";
    private static final String FRENCH = "fournisseur|destinataire|fabricant|utilisateur final|acheteur|titulaire"
            + "|prestataire|vendeur|exportateur|importateur|adresse de livraison";
    private static final String RUSSIAN = "поставщик|получатель|грузополучатель|заказчик|покупатель|изготовитель"
            + "|производитель|конечный пользователь|исполнитель|подрядчик|продавец|экспортер|импортер";
    private static final String CHINESE = "供应商|供货商|供货单位|收货单位|收货人|最终用户|采购单位|采购人|制造商|生产商|买方|卖方" + "|中标单位|中标人|承包商";

    private static final Pattern LABELLED = Pattern.compile(
            "\\s*(?:" + ENGLISH + "|" + GERMAN + "|" + SPANISH + "|" + FRENCH + "|" + RUSSIAN + "|" + CHINESE
                    + ")\\s*[:：]\\s*(\\S.*)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);

    private RecordFieldLabels() {}

    /** The written segment's text after its record field label and colon; null when it starts with none. */
    static String afterLabel(String segment) {
        Matcher matcher = LABELLED.matcher(segment);
        return matcher.matches() ? matcher.group(1).strip() : null;
    }
}
