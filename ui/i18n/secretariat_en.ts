<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="es_MX">
<context>
    <name>AdmissibilityDialog</name>
    <message>
        <location filename="../views/admissibility_dialog.py" line="46"/>
        <source>Decidir admisibilidad</source>
        <translation>Decide admissibility</translation>
    </message>
    <message>
        <location filename="../views/admissibility_dialog.py" line="73"/>
        <source>Enlace de la petición original en Change.org</source>
        <translation>Link to the original petition on Change.org</translation>
    </message>
    <message>
        <location filename="../views/admissibility_dialog.py" line="75"/>
        <source>Fundamento o comentario (opcional)</source>
        <translation>Grounds or comment (optional)</translation>
    </message>
    <message>
        <location filename="../views/admissibility_dialog.py" line="87"/>
        <source>Decisión:</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <location filename="../views/admissibility_dialog.py" line="88"/>
        <source>Motivo:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../views/admissibility_dialog.py" line="89"/>
        <source>Duplicada de:</source>
        <translation>Duplicate of:</translation>
    </message>
    <message>
        <location filename="../views/admissibility_dialog.py" line="90"/>
        <source>Nota:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../views/admissibility_dialog.py" line="94"/>
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../views/admissibility_dialog.py" line="95"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../views/admissibility_dialog.py" line="151"/>
        <source>Guardando la decisión de admisibilidad</source>
        <translation>Saving the admissibility decision</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../app.py" line="84"/>
        <source>Secretariat</source>
        <translation>Secretariat</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../errors.py" line="71"/>
        <source>Ocurrió un error inesperado y no se pudo guardar el detalle. No se modificó nada.</source>
        <translation>An unexpected error occurred and its details could not be saved. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="73"/>
        <source>Ocurrió un error inesperado; se guardó el detalle en %1. No se modificó nada.</source>
        <translation>An unexpected error occurred; the details were saved in %1. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="81"/>
        <source>Secretariat</source>
        <translation>Secretariat</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../views/import_wizard.py" line="112"/>
        <source>Elegir el archivo</source>
        <translation>Choose the file</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="113"/>
        <source>El archivo CSV o Excel (.xlsx) del monitoreo de Change.org, una fila por petición. Antes de importar verá qué va a cambiar.</source>
        <translation>The CSV or Excel (.xlsx) file from the Change.org monitoring, one row per petition. Before importing you will see what is going to change.</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="116"/>
        <source>Ruta del archivo</source>
        <translation>Path of the file</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="118"/>
        <source>&amp;Examinar…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="129"/>
        <source>Se usa solo si el archivo no tiene columna de fecha.</source>
        <translation>Used only if the file has no date column.</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="135"/>
        <source>&amp;Archivo:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="137"/>
        <source>&amp;Fecha del corte:</source>
        <translation>Count &amp;date:</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="144"/>
        <source>&lt;p&gt;&lt;b&gt;Qué debe traer el archivo&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Una fila de encabezados y una fila por petición. Columnas obligatorias: &lt;i&gt;Enlace&lt;/i&gt;, &lt;i&gt;Título&lt;/i&gt; y &lt;i&gt;Firmas&lt;/i&gt;. Opcionales: &lt;i&gt;Peticionario&lt;/i&gt;, &lt;i&gt;Fecha&lt;/i&gt;, &lt;i&gt;Correo&lt;/i&gt;, &lt;i&gt;Teléfono&lt;/i&gt;, &lt;i&gt;Tema&lt;/i&gt; y &lt;i&gt;Resumen&lt;/i&gt;. Los encabezados pueden estar en español o en inglés, en cualquier orden; las demás columnas se ignoran.&lt;/p&gt;&lt;p&gt;Las fechas se leen como dd/mm/aaaa o aaaa-mm-dd, y las firmas pueden llevar separador de miles (63,508). Si una sola fila tiene un error, no se importa nada y se indica la fila y la columna.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;What the file must contain&lt;/b&gt;&lt;/p&gt;&lt;p&gt;One header row and one row per petition. Required columns: &lt;i&gt;URL&lt;/i&gt;, &lt;i&gt;Title&lt;/i&gt; and &lt;i&gt;Signatures&lt;/i&gt;. Optional: &lt;i&gt;Petitioner&lt;/i&gt;, &lt;i&gt;Date&lt;/i&gt;, &lt;i&gt;Email&lt;/i&gt;, &lt;i&gt;Phone&lt;/i&gt;, &lt;i&gt;Topic&lt;/i&gt; and &lt;i&gt;Summary&lt;/i&gt;. Headers may be in Spanish or English, in any order; other columns are ignored.&lt;/p&gt;&lt;p&gt;Dates are read as dd/mm/yyyy or yyyy-mm-dd, and signature counts may carry thousands separators (63,508). If a single row has an error, nothing is imported and the row and column are named.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="175"/>
        <source>Elegir archivo de monitoreo</source>
        <translation>Choose a monitoring file</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="176"/>
        <source>Archivos de monitoreo (*.csv *.xlsx)</source>
        <translation>Monitoring files (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="176"/>
        <source>Todos los archivos (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../views/sign_in.py" line="142"/>
        <source>Secretariat — Expediente nuevo</source>
        <translation>Secretariat — New case file</translation>
    </message>
    <message>
        <location filename="../views/sign_in.py" line="146"/>
        <source>Este expediente todavía no tiene cuentas. Cree la cuenta de la consejería jurídica, que podrá después dar de alta al resto del equipo.</source>
        <translation>This case file has no accounts yet. Create the general counsel account, which can then add the rest of the team.</translation>
    </message>
    <message>
        <location filename="../views/sign_in.py" line="149"/>
        <source>Expediente: %1</source>
        <translation>Case file: %1</translation>
    </message>
    <message>
        <location filename="../views/sign_in.py" line="155"/>
        <source>sin espacios, p. ej. mgarcia</source>
        <translation>no spaces, e.g. mgarcia</translation>
    </message>
    <message>
        <location filename="../views/sign_in.py" line="160"/>
        <source>mínimo 4 caracteres</source>
        <translation>at least 4 characters</translation>
    </message>
    <message>
        <location filename="../views/sign_in.py" line="163"/>
        <source>Cargar el caso de &amp;demostración</source>
        <translation>Load the &amp;demo case</translation>
    </message>
    <message>
        <location filename="../views/sign_in.py" line="166"/>
        <source>Llena el expediente con peticiones inventadas para conocer la aplicación.</source>
        <translation>Fills the case file with invented petitions to get to know the application.</translation>
    </message>
    <message>
        <location filename="../views/sign_in.py" line="169"/>
        <source>&amp;Usuario:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location filename="../views/sign_in.py" line="170"/>
        <source>&amp;Nombre completo:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location filename="../views/sign_in.py" line="171"/>
        <source>&amp;Contraseña:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../views/sign_in.py" line="172"/>
        <source>&amp;Repita la contraseña:</source>
        <translation>&amp;Repeat the password:</translation>
    </message>
    <message>
        <location filename="../views/sign_in.py" line="178"/>
        <source>Crear &amp;cuenta</source>
        <translation>Create &amp;account</translation>
    </message>
    <message>
        <location filename="../views/sign_in.py" line="201"/>
        <source>Escriba un nombre de usuario.</source>
        <translation>Type a user name.</translation>
    </message>
    <message>
        <location filename="../views/sign_in.py" line="205"/>
        <source>Las dos contraseñas no coinciden; escríbalas de nuevo.</source>
        <translation>The two passwords do not match; type them again.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../models/import_preview.py" line="21"/>
        <source>Fila</source>
        <extracomment>(key, header source string); headers are translated when shown.</extracomment>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../models/import_preview.py" line="22"/>
        <source>Enlace/Título</source>
        <translation>URL/Title</translation>
    </message>
    <message>
        <location filename="../models/import_preview.py" line="23"/>
        <source>Cambio</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../models/import_preview.py" line="24"/>
        <source>Firmas antes → después</source>
        <translation>Signatures before → after</translation>
    </message>
    <message>
        <location filename="../models/import_preview.py" line="25"/>
        <source>Nivel antes → después</source>
        <translation>Tier before → after</translation>
    </message>
    <message>
        <location filename="../models/import_preview.py" line="26"/>
        <source>Cruces</source>
        <translation>Crossings</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../views/import_wizard.py" line="101"/>
        <source>Se leyeron todas las columnas del archivo.</source>
        <translation>Every column of the file was read.</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="102"/>
        <source>«%1»</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="104"/>
        <source>Columnas ignoradas: %1</source>
        <translation>Ignored columns: %1</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="459"/>
        <source>Importar archivo de monitoreo</source>
        <translation>Import monitoring file</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="463"/>
        <source>&amp;Siguiente &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="464"/>
        <source>&lt; &amp;Atrás</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="465"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="466"/>
        <source>&amp;Cerrar</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../labels.py" line="15"/>
        <source>En seguimiento</source>
        <translation>Watch</translation>
    </message>
    <message>
        <location filename="../labels.py" line="16"/>
        <source>Revisión jurídica</source>
        <translation>Legal review</translation>
    </message>
    <message>
        <location filename="../labels.py" line="17"/>
        <source>Audiencia ante el grupo redactor</source>
        <translation>Hearing before the drafting committee</translation>
    </message>
    <message>
        <location filename="../labels.py" line="18"/>
        <source>Audiencia con el jefe de gobierno</source>
        <translation>Audience with the head of government</translation>
    </message>
    <message>
        <location filename="../labels.py" line="22"/>
        <source>Pendiente</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../labels.py" line="23"/>
        <source>Admitida</source>
        <translation>Admitted</translation>
    </message>
    <message>
        <location filename="../labels.py" line="24"/>
        <source>Inadmisible</source>
        <translation>Inadmissible</translation>
    </message>
    <message>
        <location filename="../labels.py" line="28"/>
        <source>Restringe derechos reconocidos</source>
        <translation>Restricts recognised rights</translation>
    </message>
    <message>
        <location filename="../labels.py" line="29"/>
        <source>Duplicada</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../labels.py" line="30"/>
        <source>Fuera de la materia constitucional</source>
        <translation>Outside constitutional matter</translation>
    </message>
    <message>
        <location filename="../labels.py" line="31"/>
        <source>Otra</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../labels.py" line="35"/>
        <source>Consejería jurídica</source>
        <translation>General counsel</translation>
    </message>
    <message>
        <location filename="../labels.py" line="36"/>
        <source>Asesor jurídico</source>
        <translation>Legal adviser</translation>
    </message>
    <message>
        <location filename="../labels.py" line="37"/>
        <source>Secretario de actas</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../labels.py" line="38"/>
        <source>Observador</source>
        <translation>Observer</translation>
    </message>
    <message>
        <location filename="../labels.py" line="42"/>
        <source>Nueva</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../labels.py" line="43"/>
        <source>Actualizada</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../labels.py" line="44"/>
        <source>Sin cambios</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../labels.py" line="48"/>
        <source>Alcanzó: %1</source>
        <translation>Reached: %1</translation>
    </message>
    <message>
        <location filename="../labels.py" line="49"/>
        <source>Revertido: %1</source>
        <translation>Reverted: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="45"/>
        <source>Secretariat — %1 (%2)</source>
        <translation>Secretariat — %1 (%2)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="105"/>
        <source>&amp;Importar…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="107"/>
        <source>Importar un archivo de monitoreo (CSV o XLSX)</source>
        <translation>Import a monitoring file (CSV or XLSX)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="108"/>
        <source>Cargar caso de &amp;demostración</source>
        <translation>Load &amp;demo case</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="110"/>
        <source>Llenar el expediente con peticiones inventadas</source>
        <translation>Fill the case file with invented petitions</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="111"/>
        <source>&amp;Preferencias…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="112"/>
        <source>&amp;Salir</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="113"/>
        <source>&amp;Actualizar</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="115"/>
        <source>Volver a leer el expediente</source>
        <translation>Read the case file again</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="117"/>
        <source>&amp;Acerca de Secretariat</source>
        <translation>&amp;About Secretariat</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="119"/>
        <source>&amp;Archivo</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="128"/>
        <source>&amp;Expediente</source>
        <translation>&amp;Case file</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="132"/>
        <source>&amp;Umbrales de nivel…</source>
        <translation>Tier &amp;thresholds…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="133"/>
        <source>Cambiar las firmas que exige cada nivel</source>
        <translation>Change the signatures each tier requires</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="135"/>
        <source>A&amp;yuda</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="137"/>
        <source>Barra de herramientas</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="149"/>
        <source>Expediente: %1</source>
        <translation>Case file: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="150"/>
        <source>Sesión: %1 (%2)</source>
        <translation>Signed in: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="220"/>
        <source>Cargar caso de demostración</source>
        <translation>Load demo case</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="223"/>
        <source>El expediente ya tiene peticiones; el caso de demostración solo se carga en un expediente vacío, para no mezclar datos inventados con datos reales.</source>
        <translation>The case file already has petitions; the demo case loads only into an empty case file, so that invented data never mixes with real data.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="227"/>
        <source>Se cargarán unas 320 peticiones inventadas, con 60 días de cortes de firmas y algunas decisiones de admisibilidad. ¿Desea continuar?</source>
        <translation>About 320 invented petitions will be loaded, with 60 days of signature counts and some admissibility decisions. Do you want to continue?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="242"/>
        <source>Caso de demostración cargado: %1 peticiones nuevas.</source>
        <translation>Demo case loaded: %1 new petitions.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="245"/>
        <source>Cargando el caso de demostración</source>
        <translation>Loading the demo case</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="257"/>
        <source>Acerca de Secretariat</source>
        <translation>About Secretariat</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="258"/>
        <source>&lt;b&gt;Secretariat %1&lt;/b&gt;&lt;p&gt;Seguimiento de las peticiones ciudadanas de Change.org que alimentan la Constitución Política de la Ciudad de México (2016): niveles, admisibilidad, audiencias y visto bueno de los peticionarios.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Secretariat %1&lt;/b&gt;&lt;p&gt;Follow-up of the citizens&apos; Change.org petitions that feed the Political Constitution of Mexico City (2016): tiers, admissibility, hearings and the petitioners&apos; approval.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PetitionDetailPanel</name>
    <message>
        <location filename="../views/detail_panel.py" line="57"/>
        <source>Seleccione una petición en la lista para ver su detalle.</source>
        <translation>Select a petition in the list to see its details.</translation>
    </message>
    <message>
        <location filename="../views/detail_panel.py" line="84"/>
        <source>Decidir admisibilidad…</source>
        <translation>Decide admissibility…</translation>
    </message>
    <message>
        <location filename="../views/detail_panel.py" line="90"/>
        <source>Crecimiento de las firmas</source>
        <translation>Signature growth</translation>
    </message>
    <message>
        <location filename="../views/detail_panel.py" line="92"/>
        <source>Cruces de nivel</source>
        <translation>Tier crossings</translation>
    </message>
    <message>
        <location filename="../views/detail_panel.py" line="94"/>
        <source>Peticionarios</source>
        <translation>Petitioners</translation>
    </message>
    <message>
        <location filename="../views/detail_panel.py" line="96"/>
        <source>Admisibilidad</source>
        <translation>Admissibility</translation>
    </message>
    <message>
        <location filename="../views/detail_panel.py" line="155"/>
        <source>Abrir la petición en el navegador</source>
        <translation>Open the petition in the browser</translation>
    </message>
    <message>
        <location filename="../views/detail_panel.py" line="156"/>
        <source>Nivel: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Tier: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../views/detail_panel.py" line="158"/>
        <source>%1 firmas al %2</source>
        <translation>%1 signatures as of %2</translation>
    </message>
    <message>
        <location filename="../views/detail_panel.py" line="161"/>
        <source>%1 en 7 días</source>
        <translation>%1 in 7 days</translation>
    </message>
    <message>
        <location filename="../views/detail_panel.py" line="164"/>
        <source>Tema: %1</source>
        <translation>Topic: %1</translation>
    </message>
    <message>
        <location filename="../views/detail_panel.py" line="177"/>
        <source>Todavía no ha cruzado ningún umbral.</source>
        <translation>It has not crossed any threshold yet.</translation>
    </message>
    <message>
        <location filename="../views/detail_panel.py" line="183"/>
        <source>%1 firmas; umbral de %2 (umbrales vigentes: %3)</source>
        <translation>%1 signatures; threshold of %2 (thresholds in force: %3)</translation>
    </message>
    <message>
        <location filename="../views/detail_panel.py" line="187"/>
        <source>Revertido el %1, con %2 firmas.</source>
        <translation>Reverted on %1, with %2 signatures.</translation>
    </message>
    <message>
        <location filename="../views/detail_panel.py" line="198"/>
        <source>Sin peticionarios registrados.</source>
        <translation>No petitioners recorded.</translation>
    </message>
    <message>
        <location filename="../views/detail_panel.py" line="214"/>
        <source>Duplicada de:</source>
        <translation>Duplicate of:</translation>
    </message>
    <message>
        <location filename="../views/detail_panel.py" line="217"/>
        <source>Nota:</source>
        <translation>Note:</translation>
    </message>
</context>
<context>
    <name>PetitionFilterBar</name>
    <message>
        <location filename="../views/petition_filters.py" line="28"/>
        <source>Nivel</source>
        <extracomment>Search waits this long after the last keystroke before it queries.</extracomment>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../views/petition_filters.py" line="29"/>
        <source>Todos los niveles</source>
        <translation>All tiers</translation>
    </message>
    <message>
        <location filename="../views/petition_filters.py" line="32"/>
        <source>Revisión jurídica o más</source>
        <translation>Legal review or higher</translation>
    </message>
    <message>
        <location filename="../views/petition_filters.py" line="36"/>
        <source>Admisibilidad</source>
        <translation>Admissibility</translation>
    </message>
    <message>
        <location filename="../views/petition_filters.py" line="37"/>
        <source>Cualquier admisibilidad</source>
        <translation>Any admissibility</translation>
    </message>
    <message>
        <location filename="../views/petition_filters.py" line="43"/>
        <source>Buscar por título o peticionario (Ctrl+F)</source>
        <translation>Search by title or petitioner (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../views/petition_filters.py" line="46"/>
        <source>Buscar</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../views/petition_filters.py" line="63"/>
        <source>&amp;Nivel:</source>
        <translation>&amp;Tier:</translation>
    </message>
    <message>
        <location filename="../views/petition_filters.py" line="65"/>
        <source>&amp;Admisibilidad:</source>
        <translation>&amp;Admissibility:</translation>
    </message>
    <message>
        <location filename="../views/petition_filters.py" line="90"/>
        <source>%1 peticiones</source>
        <translation>%1 petitions</translation>
    </message>
    <message>
        <location filename="../views/petition_filters.py" line="92"/>
        <source>1 petición</source>
        <translation>1 petition</translation>
    </message>
    <message>
        <location filename="../views/petition_filters.py" line="94"/>
        <source>%1 de %2 peticiones</source>
        <translation>%1 of %2 petitions</translation>
    </message>
</context>
<context>
    <name>PetitionTable</name>
    <message>
        <location filename="../models/petition_table.py" line="53"/>
        <source>Nivel</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../models/petition_table.py" line="54"/>
        <source>Nivel alcanzado según los umbrales de firmas</source>
        <translation>Tier reached under the signature thresholds</translation>
    </message>
    <message>
        <location filename="../models/petition_table.py" line="56"/>
        <source>Título</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../models/petition_table.py" line="57"/>
        <source>Título de la petición en Change.org</source>
        <translation>Title of the petition on Change.org</translation>
    </message>
    <message>
        <location filename="../models/petition_table.py" line="58"/>
        <source>Firmas</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location filename="../models/petition_table.py" line="59"/>
        <source>Firmas en el corte más reciente</source>
        <translation>Signatures in the latest count</translation>
    </message>
    <message>
        <location filename="../models/petition_table.py" line="61"/>
        <source>Crecimiento
7 días</source>
        <translation>Growth
7 days</translation>
    </message>
    <message>
        <location filename="../models/petition_table.py" line="62"/>
        <source>Firmas ganadas en los últimos siete días</source>
        <translation>Signatures gained in the last seven days</translation>
    </message>
    <message>
        <location filename="../models/petition_table.py" line="64"/>
        <source>Admisibilidad</source>
        <translation>Admissibility</translation>
    </message>
    <message>
        <location filename="../models/petition_table.py" line="65"/>
        <source>Decisión de admisibilidad</source>
        <translation>Admissibility decision</translation>
    </message>
    <message>
        <location filename="../models/petition_table.py" line="66"/>
        <source>Días desde el
último cruce</source>
        <translation>Days since the
last crossing</translation>
    </message>
    <message>
        <location filename="../models/petition_table.py" line="67"/>
        <source>Días transcurridos desde el último cruce de umbral (alcanzado o revertido)</source>
        <translation>Days since the last threshold crossing (reached or reverted)</translation>
    </message>
    <message>
        <location filename="../models/petition_table.py" line="70"/>
        <source>Peticionarios</source>
        <translation>Petitioners</translation>
    </message>
    <message>
        <location filename="../models/petition_table.py" line="71"/>
        <source>Personas que crearon la petición</source>
        <translation>People who started the petition</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../views/import_wizard.py" line="198"/>
        <source>Vista previa</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="199"/>
        <source>Revise lo que va a cambiar. Todavía no se ha escrito nada.</source>
        <translation>Check what is going to change. Nothing has been written yet.</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="201"/>
        <source>&amp;Importar</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="211"/>
        <source>Mostrar solo las filas que &amp;cambian</source>
        <translation>Show only the rows that &amp;change</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="265"/>
        <source>Leyendo «%1»…</source>
        <translation>Reading “%1”…</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="276"/>
        <source>Revisando el archivo</source>
        <translation>Checking the file</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="301"/>
        <source>Archivo «%1»: esto es lo que cambiaría al importarlo.</source>
        <translation>File “%1”: this is what importing it would change.</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="321"/>
        <source>Se canceló la lectura del archivo.</source>
        <translation>Reading the file was cancelled.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../views/import_wizard.py" line="330"/>
        <source>Importación</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="337"/>
        <source>&amp;Cancelar importación</source>
        <translation>&amp;Cancel import</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="366"/>
        <source>Importando «%1». Puede cancelar: no se guardará nada a medias.</source>
        <translation>Importing “%1”. You may cancel: nothing is saved half-way.</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="368"/>
        <source>Guardando %1 filas…</source>
        <translation>Saving %1 rows…</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="381"/>
        <source>Importando archivo</source>
        <translation>Importing file</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="393"/>
        <source>Cancelando…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="416"/>
        <source>Se importó «%1».</source>
        <translation>“%1” was imported.</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="417"/>
        <source>Importación terminada. El registro de peticiones ya está al día.</source>
        <translation>Import finished. The petition register is up to date.</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="428"/>
        <source>No se importó el archivo.</source>
        <translation>The file was not imported.</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="437"/>
        <source>Importación cancelada.</source>
        <translation>Import cancelled.</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="438"/>
        <source>Se canceló la importación; no se importó nada.</source>
        <translation>The import was cancelled; nothing was imported.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../views/settings_dialog.py" line="24"/>
        <source>Preferencias</source>
        <extracomment>Each language is named in itself, so that anyone can find their own.</extracomment>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../views/settings_dialog.py" line="32"/>
        <source>&amp;Idioma:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../views/settings_dialog.py" line="34"/>
        <source>El cambio de idioma se aplica la próxima vez que abra Secretariat.</source>
        <translation>A change of language takes effect the next time you open Secretariat.</translation>
    </message>
    <message>
        <location filename="../views/settings_dialog.py" line="37"/>
        <source>En esta computadora la variable SECRETARIAT_LANG fija el idioma y tiene prioridad sobre esta preferencia.</source>
        <translation>On this computer the SECRETARIAT_LANG variable sets the language and takes precedence over this preference.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../views/sign_in.py" line="69"/>
        <source>Secretariat — Iniciar sesión</source>
        <translation>Secretariat — Sign in</translation>
    </message>
    <message>
        <location filename="../views/sign_in.py" line="72"/>
        <source>Escriba su usuario y contraseña para abrir el expediente.</source>
        <translation>Type your user name and password to open the case file.</translation>
    </message>
    <message>
        <location filename="../views/sign_in.py" line="74"/>
        <source>Expediente: %1</source>
        <translation>Case file: %1</translation>
    </message>
    <message>
        <location filename="../views/sign_in.py" line="84"/>
        <source>&amp;Usuario:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location filename="../views/sign_in.py" line="85"/>
        <source>&amp;Contraseña:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../views/sign_in.py" line="91"/>
        <source>&amp;Entrar</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <location filename="../views/sign_in.py" line="114"/>
        <source>Escriba su nombre de usuario.</source>
        <translation>Type your user name.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../tasks.py" line="249"/>
        <source>Cancelar</source>
        <extracomment>How long a task runs before its progress dialog appears.</extracomment>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <location filename="../views/thresholds_dialog.py" line="39"/>
        <source>Umbrales de nivel</source>
        <translation>Tier thresholds</translation>
    </message>
    <message>
        <location filename="../views/thresholds_dialog.py" line="46"/>
        <source>Cantidad de firmas a partir de la cual una petición alcanza cada nivel. Vigentes desde el %1.</source>
        <translation>Number of signatures from which a petition reaches each tier. In force since %1.</translation>
    </message>
    <message>
        <location filename="../views/thresholds_dialog.py" line="59"/>
        <source> firmas</source>
        <translation> signatures</translation>
    </message>
    <message>
        <location filename="../views/thresholds_dialog.py" line="66"/>
        <source>Motivo del cambio (queda en la bitácora)</source>
        <translation>Reason for the change (kept in the audit trail)</translation>
    </message>
    <message>
        <location filename="../views/thresholds_dialog.py" line="67"/>
        <source>Nota:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../views/thresholds_dialog.py" line="70"/>
        <source>Los cruces ya registrados conservan los umbrales con que se registraron; no se reclasifica ninguna petición. Los nuevos umbrales se aplican a los cortes de firmas que se importen a partir de ahora.</source>
        <translation>Crossings already recorded keep the thresholds they were recorded with; no petition is reclassified. The new thresholds apply to the signature counts imported from now on.</translation>
    </message>
    <message>
        <location filename="../views/thresholds_dialog.py" line="83"/>
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../views/thresholds_dialog.py" line="84"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../views/thresholds_dialog.py" line="124"/>
        <source>Guardando los umbrales</source>
        <translation>Saving the thresholds</translation>
    </message>
</context>
<context>
    <name>TierNames</name>
    <message>
        <location filename="../views/growth_chart.py" line="35"/>
        <source>En seguimiento</source>
        <extracomment>One colour per tier, shared with the petition table. Short tier names for tight places (the table&apos;s &quot;Nivel&quot; column, the lines of the chart).</extracomment>
        <translation>Watch</translation>
    </message>
    <message>
        <location filename="../views/growth_chart.py" line="36"/>
        <source>Revisión jurídica</source>
        <translation>Legal review</translation>
    </message>
    <message>
        <location filename="../views/growth_chart.py" line="37"/>
        <source>Grupo redactor</source>
        <translation>Drafting committee</translation>
    </message>
    <message>
        <location filename="../views/growth_chart.py" line="38"/>
        <source>Jefe de gobierno</source>
        <translation>Head of government</translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message>
        <location filename="../views/import_wizard.py" line="63"/>
        <source>filas</source>
        <translation>rows</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="63"/>
        <source>nuevas</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="63"/>
        <source>actualizadas</source>
        <translation>updated</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="64"/>
        <source>sin cambios</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="64"/>
        <source>cruces de nivel</source>
        <translation>tier crossings</translation>
    </message>
    <message>
        <location filename="../views/import_wizard.py" line="65"/>
        <source>reversiones</source>
        <translation>reversions</translation>
    </message>
</context>
</TS>
