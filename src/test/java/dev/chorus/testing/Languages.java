package dev.chorus.testing;

import java.util.Map;

/**
 * Short news paragraphs in several languages, written for the tests (no dev-set text): language
 * detection reads them, and charset tests encode them in their languages' legacy code pages.
 */
public final class Languages {

  public static final String ENGLISH = "The city council approved the new budget on Tuesday after a long debate. "
      + "The mayor said the money would go to schools, roads and the renovation of the central library. "
      + "Opposition members argued that the plan raised local taxes without a clear timetable.";
  public static final String GERMAN = "Der Stadtrat hat am Dienstag nach einer langen Debatte den neuen Haushalt "
      + "beschlossen. Die Bürgermeisterin sagte, das Geld fließe in Schulen, Straßen und die Sanierung der "
      + "Zentralbibliothek. Die Opposition kritisierte, dass die Gemeindesteuern ohne klaren Zeitplan steigen.";
  public static final String FRENCH = "Le conseil municipal a adopté mardi le nouveau budget après un long débat. "
      + "Le maire a déclaré que l'argent serait consacré aux écoles, aux routes et à la rénovation de la "
      + "bibliothèque centrale. L'opposition estime que le plan augmente les impôts locaux sans calendrier précis.";
  public static final String RUSSIAN = "Городской совет во вторник после долгих обсуждений утвердил новый бюджет. "
      + "Мэр заявил, что деньги пойдут на школы, дороги и ремонт центральной библиотеки. "
      + "Представители оппозиции считают, что план повышает местные налоги без ясных сроков.";
  public static final String CHINESE = "市议会星期二经过长时间辩论后批准了新的预算。市长表示，这笔资金将用于学校、道路以及中央图书馆的翻修。"
      + "反对派成员认为，该计划在没有明确时间表的情况下提高了地方税。";
  public static final String JAPANESE = "市議会は火曜日、長い議論の末に新しい予算を承認した。市長は、この資金を学校や道路、"
      + "中央図書館の改修に充てると述べた。野党の議員らは、明確な日程がないまま地方税が上がると批判した。";
  public static final String SPANISH = "El ayuntamiento aprobó el martes el nuevo presupuesto tras un largo debate. "
      + "La alcaldesa dijo que el dinero se destinará a escuelas, carreteras y a la renovación de la biblioteca "
      + "central. La oposición sostiene que el plan sube los impuestos locales sin un calendario claro.";

  /** ISO 639-1 code → paragraph. */
  public static final Map<String, String> BY_CODE = Map.of(
      "en", ENGLISH, "de", GERMAN, "fr", FRENCH, "ru", RUSSIAN, "zh", CHINESE, "ja", JAPANESE, "es", SPANISH);

  private Languages() {}
}
